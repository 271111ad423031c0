/**
 * TF-IDF vectors and their cosine: how much two texts share, with words
 * weighted by how rare they are in the dossier, so that "Krisensituationen"
 * counts for more than "Moskau".
 */

/** A sparse vector: term → weight. Vectors from {@link tfidfVector} have length 1. */
export type TermVector = Map<string, number>;

/** Inverse document frequency, smoothed so that a term in every document still counts a little. */
export function idf(documentFrequency: number, documents: number): number {
  return Math.log((1 + documents) / (1 + documentFrequency)) + 1;
}

/**
 * The unit-length TF-IDF vector of a list of terms (repeats count,
 * sublinearly: 1 + log tf). Terms missing from `df` count as seen once;
 * `scale` multiplies a term's weight (to weigh general vocabulary down).
 */
export function tfidfVector(terms: Iterable<string>, df: ReadonlyMap<string, number>, documents: number, scale?: (term: string) => number): TermVector {
  // Counts first, then weights in place: one map per vector (there is one per claim), its order that of first use.
  const vector: TermVector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + 1);
  let norm = 0;
  for (const [term, count] of vector) {
    const weight = (1 + Math.log(count)) * idf(df.get(term) ?? 1, documents) * (scale ? scale(term) : 1);
    vector.set(term, weight);
    norm += weight * weight;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

/** Cosine similarity of two unit-length vectors, in [0, 1]. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  return Math.min(1, dot);
}

/** The terms two vectors share (those `keep` accepts, when given), heaviest (rarest, most repeated) first. */
export function sharedTerms(a: TermVector, b: TermVector, keep?: (term: string) => boolean): string[] {
  const shared: Array<{ term: string; weight: number }> = [];
  for (const [term, weight] of a) {
    const other = b.get(term);
    if (other !== undefined && (!keep || keep(term))) shared.push({ term, weight: other * weight });
  }
  return shared.sort((x, y) => y.weight - x.weight || (x.term < y.term ? -1 : 1)).map(({ term }) => term);
}
