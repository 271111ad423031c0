/**
 * Ranks documents (claims or articles) by the query words they contain.
 * A document containing more of the query's words always ranks higher;
 * among equals, rarer words and closer matches (the word itself over a
 * typo-neighbour) weigh more; among those, earlier documents (newer
 * articles) come first.
 *
 * A looser reading of a word (a neighbour, a compound, its parts) counts
 * at most as rare as the word itself: otherwise the one claim with the
 * parts of `Coronakrise` apart would outrank the many with the word, its
 * rarity outweighing its lower weight.
 */

/** One way a query word matched: a key's postings and how well the key matches the word. */
export interface Expansion {
  weight: number;
  postings: Uint32Array;
}

/** What one query word found. */
export interface WordHits {
  /** The word's own key first, then its looser readings. */
  expansions: Expansion[];
  /** Part of a quoted phrase: documents without it are left out. */
  required: boolean;
}

/** Ranked documents: the best `limit`, and how many matched in all. */
export interface Ranking {
  top: number[];
  total: number;
}

/**
 * Ranks the documents `0 … count-1`. Its score arrays are allocated once and
 * cleared after each query where they were touched: a query on a large
 * dossier touches a fraction of the claims, and fresh arrays per keystroke
 * would keep the garbage collector busy.
 */
export class Ranker {
  private readonly count: number;
  private readonly matched: Uint8Array;
  private readonly requiredSeen: Uint8Array;
  private readonly score: Float64Array;
  private readonly best: Float64Array;

  constructor(count: number) {
    this.count = count;
    this.matched = new Uint8Array(count);
    this.requiredSeen = new Uint8Array(count);
    this.score = new Float64Array(count);
    this.best = new Float64Array(count);
  }

  /** The documents containing at least one query word (all required ones) that pass `accept`, best first. */
  rank(words: readonly WordHits[], accept: (doc: number) => boolean, limit: number): Ranking {
    const { count, matched, requiredSeen, score, best } = this;
    const touched: number[] = [];
    const required = words.filter((w) => w.required).length;
    const rarity = (postings: Uint32Array) => Math.log(1 + count / Math.max(1, postings.length));
    for (const word of words) {
      const wordTouched: number[] = [];
      // A word the dossier lacks has no postings and so the highest rarity: its readings are not capped.
      const own = word.expansions[0] ? rarity(word.expansions[0].postings) : Infinity;
      for (const { weight, postings } of word.expansions) {
        const value = weight * Math.min(rarity(postings), own);
        for (const doc of postings) {
          if (doc >= count) continue;
          if (best[doc] === 0) wordTouched.push(doc);
          if (value > best[doc]!) best[doc] = value;
        }
      }
      for (const doc of wordTouched) {
        if (matched[doc] === 0) touched.push(doc);
        matched[doc]!++;
        if (word.required) requiredSeen[doc]!++;
        score[doc]! += best[doc]!;
        best[doc] = 0;
      }
    }
    const hits = touched.filter((doc) => requiredSeen[doc] === required && accept(doc));
    // Fewer words matched can never outrank more: the count dominates the score.
    const key = (doc: number) => matched[doc]! * 1e6 + score[doc]!;
    const top = hits.length <= limit ? hits : aboveThreshold(hits, key, limit);
    top.sort((a, b) => key(b) - key(a) || a - b);
    for (const doc of touched) matched[doc] = requiredSeen[doc] = score[doc] = 0;
    return { top: top.slice(0, limit), total: hits.length };
  }
}

/** The documents whose key is at least the `limit`-th largest (ties kept), without sorting them all. */
function aboveThreshold(docs: readonly number[], key: (doc: number) => number, limit: number): number[] {
  const keys = Float64Array.from(docs, key).sort();
  const threshold = keys[keys.length - limit]!;
  return docs.filter((doc) => key(doc) >= threshold);
}
