/**
 * The word 5-grams ("shingles") of many texts as small integers: each
 * distinct 5-gram of the whole collection gets one id, so that comparing,
 * counting and sorting them costs array lookups instead of hashing strings
 * of five words again and again.
 */

/** Shingles of a collection of texts. */
export interface ShingledTexts {
  /** Per text: the ids of its distinct shingles, in the order they first occur in it. */
  shingles: Int32Array[];
  /** Per shingle id: how many texts have it. */
  frequency: Int32Array;
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Shingles of `size` consecutive words (letters and digits, lowercased) of
 * each text. Two texts get the same id for a shingle exactly when their
 * words are the same: ids are interned, never hashed.
 */
export function shingleTexts(texts: readonly string[], size: number): ShingledTexts {
  const wordIds = new Map<string, number>();
  const shingleIds = new Map<string, number>();
  const frequency: number[] = [];
  /** The last text that counted each shingle, so repeats within a text count once. */
  const seenIn: number[] = [];
  const shingles = texts.map((text, index) => {
    const words: number[] = [];
    for (const [word] of text.toLowerCase().matchAll(WORD)) {
      let id = wordIds.get(word);
      if (id === undefined) wordIds.set(word, (id = wordIds.size));
      words.push(id);
    }
    const own: number[] = [];
    for (let i = 0; i + size <= words.length; i++) {
      const key = shingleKey(words, i, size);
      let id = shingleIds.get(key);
      if (id === undefined) {
        shingleIds.set(key, (id = shingleIds.size));
        frequency.push(0);
        seenIn.push(-1);
      }
      if (seenIn[id] === index) continue;
      seenIn[id] = index;
      frequency[id]! += 1;
      own.push(id);
    }
    return Int32Array.from(own);
  });
  return { shingles, frequency: Int32Array.from(frequency) };
}

/** Word ids as two UTF-16 units each: a short string key, one to one with the sequence of words. */
function shingleKey(words: readonly number[], start: number, size: number): string {
  let key = '';
  for (let i = start; i < start + size; i++) {
    const id = words[i]!;
    key += String.fromCharCode(id & 0xffff, id >>> 16);
  }
  return key;
}
