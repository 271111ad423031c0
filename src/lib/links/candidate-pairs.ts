/**
 * Candidate pairs for similarity without comparing all pairs: documents
 * (claims, articles) are only compared when they share a rare key (a word
 * stem, a date, an entity). An inverted index holds, for every key found in
 * at most `maxPostings` documents, the documents that have it; each document
 * looks up only its `probeKeys` rarest keys. The work is therefore at most
 * documents × probeKeys × maxPostings, whatever the size of the dossier:
 * at 100 000 claims with the defaults, at most 120 million steps, in practice
 * far fewer, against 5 billion for all pairs. What the
 * caller then scores is bounded too: pairs must share `minShared` of the
 * looked-up keys, and each document keeps its `maxCandidates` best.
 */

/** Tuning of {@link candidatePairs}. */
export interface CandidateOptions {
  /** Keys found in more documents than this are too common to suggest a match. Default: {@link defaultMaxPostings}. */
  maxPostings?: number;
  /** How many of its rarest keys each document looks up. Default 12. */
  probeKeys?: number;
  /** How many of a document's looked-up keys the other must have. Default 1. */
  minShared?: number;
  /** At most this many candidates per document, those sharing the most keys. Default: no limit. */
  maxCandidates?: number;
  /** Whether two documents may be paired at all (e.g. not two claims of one article). */
  accept?: (a: number, b: number) => boolean;
}

/**
 * A key shared by more than about twice the square root of the number of
 * documents is common vocabulary; 100 caps the work on large dossiers.
 */
export function defaultMaxPostings(documents: number): number {
  return Math.min(100, Math.max(4, Math.ceil(2 * Math.sqrt(documents))));
}

/** How many documents have each key. */
export function documentFrequencies(documents: readonly ReadonlySet<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of documents) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

/**
 * Pairs `[a, b]` (a < b) of documents sharing at least one rare key, each
 * pair once, in ascending order. `documents[i]` is the set of keys of
 * document i.
 */
export function candidatePairs(
  documents: readonly ReadonlySet<string>[],
  options: CandidateOptions = {},
): Array<[number, number]> {
  const count = documents.length;
  const maxPostings = options.maxPostings ?? defaultMaxPostings(count);
  const probeKeys = options.probeKeys ?? 12;
  const minShared = options.minShared ?? 1;
  const { rareKeys, rank } = rankRareKeys(documents, maxPostings);

  // Keys as their rank among the rare keys: lookups and sorts on small integers, not strings.
  const postings: number[][] = Array.from({ length: rank.size }, () => []);
  rareKeys.forEach((ranks, i) => {
    for (const r of ranks) postings[r]!.push(i);
  });

  const shared = new Int32Array(count);
  const seen = new Set<number>();
  const found: number[] = [];
  rareKeys.forEach((ranks, a) => {
    const touched: number[] = [];
    for (const r of ranks.subarray(0, probeKeys)) {
      for (const b of postings[r]!) {
        if (b === a) continue;
        if (shared[b] === 0) touched.push(b);
        shared[b]! += 1;
      }
    }
    let others = touched.filter((b) => shared[b]! >= minShared);
    if (options.maxCandidates !== undefined && others.length > options.maxCandidates) {
      others = others.sort((x, y) => shared[y]! - shared[x]! || x - y).slice(0, options.maxCandidates);
    }
    for (const b of touched) shared[b] = 0;
    for (const b of others) {
      const [low, high] = a < b ? [a, b] : [b, a];
      // low * count + high orders pairs as [low, high] do, and fits a double exactly up to ~90 million documents.
      const id = low * count + high;
      if (seen.has(id)) continue;
      seen.add(id);
      if (!options.accept || options.accept(low, high)) found.push(id);
    }
  });
  return Array.from(Float64Array.from(found).sort(), (id): [number, number] => [Math.floor(id / count), id % count]);
}

/**
 * The rare keys (in 2..maxPostings documents) ranked by document frequency,
 * then as strings compare: one order for all documents. Per document, the
 * ranks of its rare keys, rarest first: its probes are a prefix.
 */
function rankRareKeys(documents: readonly ReadonlySet<string>[], maxPostings: number): { rareKeys: Int32Array[]; rank: Map<string, number> } {
  const df = documentFrequencies(documents);
  const rare = [...df.keys()].filter((key) => df.get(key)! >= 2 && df.get(key)! <= maxPostings);
  rare.sort((x, y) => df.get(x)! - df.get(y)! || (x < y ? -1 : x > y ? 1 : 0));
  const rank = new Map(rare.map((key, r) => [key, r]));
  const rareKeys = documents.map((keys) => {
    const ranks: number[] = [];
    for (const key of keys) {
      const r = rank.get(key);
      if (r !== undefined) ranks.push(r);
    }
    return Int32Array.from(ranks).sort();
  });
  return { rareKeys, rank };
}
