/**
 * The index's vocabulary in the browser: exact, prefix, phonetic and fuzzy
 * lookup of a query word among all index terms.
 *
 * fuse.js scores the fuzzy candidates, but scanning tens of thousands of
 * terms with it for every keystroke would take hundreds of milliseconds.
 * So a filter that can only err on the side of keeping a term runs first:
 * a term within k edits of the query has a length within k of it and shares
 * all but at most 2k of the query's letter pairs (each edit breaks at most
 * two). Letter pairs are hashed into a 64-bit signature per term, and a
 * popcount over two integers decides; fuse.js then sees a few hundred terms.
 */
import Fuse from 'fuse.js/basic';
import { withinEdits } from './edit-distance.ts';
import { phoneticKey } from './normalize.ts';

/** A vocabulary term matched by a query word, and how well (1 = the word itself). */
export interface TermMatch {
  term: string;
  weight: number;
}

/** How many edits a word of this length may contain and still be recognised. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 7 ? 1 : 2;
}

/**
 * Weights of the kinds of match: the word as typed ranks above its
 * neighbours, and the completion of a word being typed above a typo
 * reading of the unfinished word.
 */
export const MATCH_WEIGHT = { exact: 1, phonetic: 0.9, prefix: 0.85, fuzzy: 0.8 } as const;

/** Fuzzy neighbours kept per word: enough for typos and inflections, few enough to fetch quickly. */
const MAX_FUZZY = 6;
/** Words completed from a prefix while typing. */
const MAX_PREFIX = 8;

export class Vocabulary {
  readonly terms: readonly string[];
  private readonly signatures: Uint32Array;
  /**
   * Phonetic key → terms. Built when search starts (in the worker, while the
   * reader is still typing) rather than on the first query that needs it.
   */
  private readonly phonetic: Map<string, number[]>;

  /** @param terms sorted, distinct */
  constructor(terms: readonly string[]) {
    this.terms = terms;
    this.signatures = new Uint32Array(terms.length * 2);
    terms.forEach((term, i) => signature(term, this.signatures, i * 2));
    this.phonetic = this.phoneticIndex();
  }

  /** Whether `term` is in the vocabulary. */
  has(term: string): boolean {
    const i = this.lowerBound(term);
    return this.terms[i] === term;
  }

  /** Terms beginning with `prefix` (itself excluded), shortest first. */
  withPrefix(prefix: string): TermMatch[] {
    const found: string[] = [];
    for (let i = this.lowerBound(prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      if (this.terms[i] !== prefix) found.push(this.terms[i]!);
    }
    found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    return found.slice(0, MAX_PREFIX).map((term) => ({ term, weight: MATCH_WEIGHT.prefix }));
  }

  /** Terms that sound like `term` across transliterations (see `phoneticKey`), itself excluded. */
  soundingLike(term: string): TermMatch[] {
    if (term.length < 4) return [];
    return (this.phonetic.get(phoneticKey(term)) ?? [])
      .map((i) => this.terms[i]!)
      .filter((t) => t !== term)
      .map((t) => ({ term: t, weight: MATCH_WEIGHT.phonetic }));
  }

  /** Terms within a few edits of `term` (see {@link allowedEdits}), best first, itself excluded. */
  similarTo(term: string): TermMatch[] {
    const edits = allowedEdits(term.length);
    if (edits === 0) return [];
    const query = new Uint32Array(2);
    signature(term, query, 0);
    const needed = popcount(query[0]!) + popcount(query[1]!) - 2 * edits;
    const candidates: string[] = [];
    const sig = this.signatures;
    for (let i = 0; i < this.terms.length; i++) {
      const t = this.terms[i]!;
      if (Math.abs(t.length - term.length) > edits || t === term) continue;
      if (popcount(sig[2 * i]! & query[0]!) + popcount(sig[2 * i + 1]! & query[1]!) >= needed) candidates.push(t);
    }
    if (candidates.length === 0) return [];
    const fuse = new Fuse(candidates, {
      includeScore: true,
      ignoreLocation: true,
      isCaseSensitive: true,
      threshold: (edits + 0.5) / term.length,
    });
    return fuse
      .search(term)
      .filter((r) => withinEdits(term, r.item, edits))
      .slice(0, MAX_FUZZY)
      .map((r) => ({ term: r.item, weight: MATCH_WEIGHT.fuzzy - (r.score ?? 0) }));
  }

  private lowerBound(value: string): number {
    let low = 0;
    let high = this.terms.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.terms[mid]! < value) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  private phoneticIndex(): Map<string, number[]> {
    const index = new Map<string, number[]>();
    this.terms.forEach((term, i) => {
      if (term.length < 4) return;
      const key = phoneticKey(term);
      const list = index.get(key);
      if (list) list.push(i);
      else index.set(key, [i]);
    });
    return index;
  }
}

/** Sets one bit of `out[at..at+1]` per letter pair of `^term$`. */
function signature(term: string, out: Uint32Array, at: number): void {
  let previous = 94; // '^'
  for (let i = 0; i <= term.length; i++) {
    const c = i < term.length ? term.charCodeAt(i) : 36; // '$'
    const bit = (Math.imul(previous, 31) + c) & 63;
    out[at + (bit >> 5)]! |= 1 << (bit & 31);
    previous = c;
  }
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
