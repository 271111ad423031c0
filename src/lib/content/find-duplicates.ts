import { shingleTexts } from './find-duplicates-shingles.ts';

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
  const { shingles, frequency } = shingleTexts(normalised, SHINGLE_WORDS);
  const prefixes = prefixesOf(shingles, frequency);
  const postings: Array<number[] | undefined> = [];
  const compare = overlapCounter(frequency.length);
  const duplicates: Duplicate[] = [];
  const byNormalised = new Map<string, number>();

  normalised.forEach((text, index) => {
    const same = byNormalised.get(text);
    const near = same === undefined ? nearestEarlier(index, shingles, prefixes[index]!, postings, compare) : { index: same, overlap: 1 };
    if (same === undefined) byNormalised.set(text, index);
    if (near) {
      const { file } = entries[near.index] as TextEntry;
      duplicates.push({ file: (entries[index] as TextEntry).file, index, duplicateOf: file, duplicateOfIndex: near.index, identical: same !== undefined, overlap: near.overlap });
    }
    for (const shingle of prefixes[index]!) (postings[shingle] ??= []).push(index);
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
 * shingle among the first `size - k + 1` of each (the rarest shared one). A
 * near duplicate shares at least 90% of the larger text's shingles, so at
 * least 90% of its own: indexing and probing about a tenth of each text
 * finds every pair that comparing all of them would, by shingles few texts
 * have. Texts too short to be near duplicates get no prefix.
 */
function prefixesOf(shingles: readonly Int32Array[], frequency: Int32Array): Int32Array[] {
  const ids = frequency.length;
  return shingles.map((own) => {
    if (own.length < MIN_SHINGLES) return new Int32Array(0);
    // floor, not ceil: a bound never above the true one keeps the prefix long enough whatever the rounding.
    const length = own.length - Math.floor(NEAR_DUPLICATE_OVERLAP * own.length) + 1;
    // Rarest first, ties by id: one total order for all texts, sorted as plain numbers.
    const keys = Float64Array.from(own, (id) => frequency[id]! * ids + id).sort();
    return Int32Array.from(keys.subarray(0, length), (key) => key % ids);
  });
}

/**
 * The earlier text overlapping text `index` most. Ties go to the text whose
 * first shared shingle comes earliest in this one, then to the earlier text:
 * the order in which scanning every shingle's earlier texts would meet them.
 */
function nearestEarlier(
  index: number,
  shingles: readonly Int32Array[],
  prefix: Int32Array,
  postings: ReadonlyArray<number[] | undefined>,
  compare: OverlapCounter,
): { index: number; overlap: number } | undefined {
  const candidates = new Set<number>();
  for (const shingle of prefix) for (const other of postings[shingle] ?? []) candidates.add(other);
  if (candidates.size === 0) return undefined;
  const own = shingles[index]!;
  let best: { index: number; overlap: number; first: number } | undefined;
  compare.load(own);
  for (const other of candidates) {
    const theirs = shingles[other]!;
    const { count, first } = compare.with(theirs);
    const overlap = count / Math.max(own.length, theirs.length);
    if (overlap < NEAR_DUPLICATE_OVERLAP) continue;
    if (!best || overlap > best.overlap || (overlap === best.overlap && (first < best.first || (first === best.first && other < best.index)))) {
      best = { index: other, overlap, first };
    }
  }
  compare.unload(own);
  return best && { index: best.index, overlap: best.overlap };
}

interface OverlapCounter {
  load(own: Int32Array): void;
  /** Shingles `theirs` shares with the loaded text, and the position in it of the first of them. */
  with(theirs: Int32Array): { count: number; first: number };
  unload(own: Int32Array): void;
}

/** Compares one text with several others through a table of its shingles' positions, reset after use. */
function overlapCounter(ids: number): OverlapCounter {
  const position = new Int32Array(ids).fill(-1);
  return {
    load: (own) => own.forEach((id, i) => (position[id] = i)),
    with: (theirs) => {
      let count = 0;
      let first = Number.MAX_SAFE_INTEGER;
      for (const id of theirs) {
        const at = position[id]!;
        if (at < 0) continue;
        count += 1;
        if (at < first) first = at;
      }
      return { count, first };
    },
    unload: (own) => own.forEach((id) => (position[id] = -1)),
  };
}
