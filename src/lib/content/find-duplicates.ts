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
 */
export function findDuplicates(entries: readonly TextEntry[]): Duplicate[] {
  const duplicates: Duplicate[] = [];
  const byNormalised = new Map<string, number>();
  // Inverted index: comparing every pair would be quadratic in the text length too.
  const postings = new Map<string, number[]>();
  const sizes: number[] = [];

  entries.forEach((entry, index) => {
    const normalised = entry.text.replace(/[\s\u00a0]+/g, ' ').trim();
    const shingles = shinglesOf(normalised);
    sizes.push(shingles.size);
    const same = byNormalised.get(normalised);
    const near = same === undefined ? nearestEarlier(shingles, postings, sizes) : { index: same, overlap: 1 };
    if (same === undefined) byNormalised.set(normalised, index);
    if (near) {
      const { file } = entries[near.index] as TextEntry;
      duplicates.push({ file: entry.file, index, duplicateOf: file, duplicateOfIndex: near.index, identical: same !== undefined, overlap: near.overlap });
    }
    for (const shingle of shingles) {
      const list = postings.get(shingle);
      if (list) list.push(index);
      else postings.set(shingle, [index]);
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

function nearestEarlier(
  shingles: Set<string>,
  postings: Map<string, number[]>,
  sizes: readonly number[],
): { index: number; overlap: number } | undefined {
  const shared = new Map<number, number>();
  for (const shingle of shingles) {
    for (const other of postings.get(shingle) ?? []) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  let best: { index: number; overlap: number } | undefined;
  for (const [other, count] of shared) {
    const smaller = Math.min(shingles.size, sizes[other] ?? 0);
    if (smaller < MIN_SHINGLES) continue;
    const overlap = count / Math.max(shingles.size, sizes[other] ?? 0);
    if (overlap >= NEAR_DUPLICATE_OVERLAP && (!best || overlap > best.overlap)) best = { index: other, overlap };
  }
  return best;
}

function shinglesOf(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const shingles = new Set<string>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return shingles;
}
