import { HASH_BITS, shingleTable, shingleTexts, type ShingledText } from './find-duplicates-shingles.ts';

/** One text to compare. */
export interface TextEntry {
  file: string;
  text: string;
}

/** A text that repeats an earlier one. */
export interface Duplicate {
  /** The later entry, and its index in the entries given. */
  file: string;
  index: number;
  /** The earlier entry it repeats, and its index. */
  duplicateOf: string;
  duplicateOfIndex: number;
  /** True when the texts are equal after whitespace normalisation. */
  identical: boolean;
  /** Share of the larger text's word 5-grams that the other text has too, 0..1. */
  overlap: number;
}

/** Two texts sharing at least this share of their word 5-grams are one article copied twice. */
export const NEAR_DUPLICATE_OVERLAP = 0.9;

const SHINGLE_WORDS = 5;
/** Below this many 5-grams a text is too short for the overlap to mean much; only identity counts. */
const MIN_SHINGLES = 20;

/**
 * Finds entries that repeat an earlier entry: identical after whitespace
 * normalisation, or nearly identical (the same article copied from another
 * page, with a different footer or a corrected typo). Each later entry is
 * reported once, against the earlier entry it overlaps most.
 *
 * Near duplicates are found by prefix filtering (see {@link prefixesOf}):
 * the work grows with the total length of the texts, not with the number of
 * pairs of articles of one outlet, which share their furniture.
 */
export function findDuplicates(entries: readonly TextEntry[]): Duplicate[] {
  const normalised = entries.map((entry) => entry.text.replace(/[\s\u00a0]+/g, ' ').trim());
  const texts = shingleTexts(normalised, SHINGLE_WORDS);
  const prefixes = prefixesOf(texts);
  const postings = new Map<number, number[]>();
  const duplicates: Duplicate[] = [];
  const byNormalised = new Map<string, number>();

  normalised.forEach((text, index) => {
    const same = byNormalised.get(text);
    const near = same === undefined ? nearestEarlier(index, texts, prefixes[index]!, postings) : { index: same, overlap: 1 };
    if (same === undefined) byNormalised.set(text, index);
    if (near) {
      const { file } = entries[near.index] as TextEntry;
      duplicates.push({ file: (entries[index] as TextEntry).file, index, duplicateOf: file, duplicateOfIndex: near.index, identical: same !== undefined, overlap: near.overlap });
    }
    for (const hash of prefixes[index]!) {
      const list = postings.get(hash);
      if (list) list.push(index);
      else postings.set(hash, [index]);
    }
  });
  return duplicates;
}

/** `the same text as x.txt`, or `nearly the same text as x.txt (93% of their word sequences are shared)`. */
export function describeDuplicate(dup: Duplicate): string {
  return dup.identical
    ? `the same text as ${dup.duplicateOf}`
    : `nearly the same text as ${dup.duplicateOf} (${Math.round(dup.overlap * 100)}% of their word sequences are shared)`;
}

/**
 * Prefix filtering: with the shingles of every text in one global order
 * (rarest first), two texts sharing at least `k` shingles have a common
 * shingle among the first `size - k + 1` of each (the first shared one). A
 * near duplicate shares at least 90% of the larger text's shingles, so at
 * least 90% of its own: indexing and probing about a tenth of each text
 * finds every pair that comparing all of them would, by shingles few texts
 * have. Texts too short to be near duplicates get no prefix.
 *
 * Rarity is counted per hash bucket, which can only overstate it, and
 * shingles of equal bucket count and hash tie: a prefix takes all of a tie
 * at its end. Any prefix holding the exact one is as good, so neither
 * changes what is found.
 */
function prefixesOf(texts: readonly ShingledText[]): Int32Array[] {
  const total = texts.reduce((sum, t) => sum + t.hashes.length, 0);
  let buckets = 1024;
  while (buckets < total && buckets < 1 << 24) buckets *= 2;
  const counts = new Int32Array(buckets);
  for (const { hashes } of texts) for (const hash of hashes) counts[hash & (buckets - 1)]! += 1;
  const shift = 2 ** HASH_BITS;
  return texts.map(({ hashes }) => {
    if (hashes.length < MIN_SHINGLES) return new Int32Array(0);
    // floor, not ceil: a bound never above the true one keeps the prefix long enough whatever the rounding.
    let length = hashes.length - Math.floor(NEAR_DUPLICATE_OVERLAP * hashes.length) + 1;
    const keys = Float64Array.from(hashes, (hash) => counts[hash & (buckets - 1)]! * shift + hash).sort();
    while (length < keys.length && keys[length] === keys[length - 1]) length += 1;
    return Int32Array.from(keys.subarray(0, length), (key) => key % shift);
  });
}

/**
 * The earlier text overlapping text `index` most. Ties go to the text whose
 * first shared shingle comes earliest in this one, then to the earlier text:
 * the order in which scanning every shingle's earlier texts would meet them.
 */
function nearestEarlier(
  index: number,
  texts: readonly ShingledText[],
  prefix: Int32Array,
  postings: ReadonlyMap<number, number[]>,
): { index: number; overlap: number } | undefined {
  const candidates = new Set<number>();
  for (const hash of prefix) for (const other of postings.get(hash) ?? []) candidates.add(other);
  if (candidates.size === 0) return undefined;
  const own = texts[index]!;
  const table = shingleTable(own, SHINGLE_WORDS);
  let best: { index: number; overlap: number; first: number } | undefined;
  for (const other of candidates) {
    const theirs = texts[other]!;
    let count = 0;
    let first = Number.MAX_SAFE_INTEGER;
    theirs.starts.forEach((start, i) => {
      const at = table.find(theirs.words, start, theirs.hashes[i]!);
      if (at < 0) return;
      count += 1;
      if (at < first) first = at;
    });
    const overlap = count / Math.max(own.starts.length, theirs.starts.length);
    if (overlap < NEAR_DUPLICATE_OVERLAP) continue;
    if (!best || overlap > best.overlap || (overlap === best.overlap && (first < best.first || (first === best.first && other < best.index)))) {
      best = { index: other, overlap, first };
    }
  }
  return best && { index: best.index, overlap: best.overlap };
}
