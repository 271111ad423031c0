/**
 * The word 5-grams ("shingles") of texts, kept as positions into each
 * text's word ids with a 30-bit hash each. Building a string per 5-gram and
 * interning millions of them in one map was most of the cost of duplicate
 * detection; hashes are only ever used to find candidates, and shingles are
 * told apart by their words, so a hash collision can cost time, never
 * change a result.
 */

/** One text's shingles. */
export interface ShingledText {
  /** Ids of the text's words (letters and digits, lowercased), in order. */
  words: Int32Array;
  /** Where each distinct shingle first starts (an index into `words`), in text order. */
  starts: Int32Array;
  /** The hash of each distinct shingle, as `starts`. */
  hashes: Int32Array;
}

/** Hashes are kept below 2^30: small integers to V8, and exact in a double beside a count. */
export const HASH_BITS = 30;
const WORD = /[\p{L}\p{N}]+/gu;

/** The shingles of `size` consecutive words of each text; equal words get equal ids across all texts. */
export function shingleTexts(texts: readonly string[], size: number): ShingledText[] {
  const wordIds = new Map<string, number>();
  return texts.map((text) => {
    const ids: number[] = [];
    for (const [word] of text.toLowerCase().matchAll(WORD)) {
      let id = wordIds.get(word);
      if (id === undefined) wordIds.set(word, (id = wordIds.size));
      ids.push(id);
    }
    const words = Int32Array.from(ids);
    const count = Math.max(0, words.length - size + 1);
    const all = new Int32Array(count);
    for (let i = 0; i < count; i++) all[i] = hashAt(words, i, size);
    const table = new ShingleTable(words, count, size);
    const starts: number[] = [];
    const hashes: number[] = [];
    for (let i = 0; i < count; i++) {
      if (table.find(words, i, all[i]!) >= 0) continue;
      table.add(i, all[i]!);
      starts.push(i);
      hashes.push(all[i]!);
    }
    return { words, starts: Int32Array.from(starts), hashes: Int32Array.from(hashes) };
  });
}

/**
 * Open addressing over one text's shingles: where a shingle of any text
 * occurs in this one (its position in `starts` order, or -1), compared word
 * by word.
 */
export class ShingleTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly at: number[] = [];
  private readonly words: Int32Array;
  private readonly size: number;

  /** A table for shingles of `size` words of a text with these word ids; `capacity` bounds how many are added. */
  constructor(words: Int32Array, capacity: number, size: number) {
    this.words = words;
    this.size = size;
    let length = 8;
    while (length < capacity * 2) length *= 2;
    this.slots = new Int32Array(length);
    this.mask = length - 1;
  }

  /** Adds the shingle starting at word `start` of this text; `find` answers with the order of adding. */
  add(start: number, hash: number): void {
    let slot = hash & this.mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
    this.at.push(start);
    this.slots[slot] = this.at.length;
  }

  /** The order in which the shingle of `words` starting at `start` was added, or -1. */
  find(words: Int32Array, start: number, hash: number): number {
    const own = this.words;
    for (let slot = hash & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const k = this.slots[slot]! - 1;
      const at = this.at[k]!;
      let same = true;
      for (let w = 0; w < this.size && same; w++) same = own[at + w] === words[start + w];
      if (same) return k;
    }
    return -1;
  }
}

/** A table of all distinct shingles of `text`, in `starts` order. */
export function shingleTable(text: ShingledText, size: number): ShingleTable {
  const table = new ShingleTable(text.words, text.starts.length, size);
  text.starts.forEach((start, i) => table.add(start, text.hashes[i]!));
  return table;
}

function hashAt(words: Int32Array, start: number, size: number): number {
  let h = 0x811c9dc5;
  for (let w = start; w < start + size; w++) {
    h = Math.imul(h ^ words[w]!, 0x01000193);
    h ^= h >>> 13;
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) & ((1 << HASH_BITS) - 1);
}
