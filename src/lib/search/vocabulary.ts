/**
 * The dossier's words in the browser: exact, prefix, phonetic and fuzzy
 * lookup of a query word among all the words of the texts, each match
 * handed on as the index term (stem) its postings are under.
 *
 * Typos are matched against the words as written (folded), not against
 * stems: the stemmer reads a typo differently from the word (`kaser` keeps
 * its `er`, `kaeser` loses it to `kaes`), so two edits could stand between
 * a one-letter typo and the stem; between the typo and the word there is one.
 *
 * Scanning tens of thousands of words with an edit distance for every
 * keystroke would take hundreds of milliseconds, so a filter that can only
 * err on the side of keeping a word runs first: a word within k edits of
 * the query has a length within k of it and shares all but at most 3k of
 * the query's letter pairs (a swap of neighbours breaks three, any other
 * edit two). Letter pairs are hashed into a 64-bit signature per word, and
 * a popcount over two integers decides; the edit distance then judges the
 * few hundred to few thousand words left, and fuse.js orders the handful
 * within reach.
 */
import Fuse from 'fuse.js/basic';
import { editsBetween } from '../text/edit-distance.ts';
import type { SearchCore } from './index-format.ts';
import { phoneticKey, stem } from './normalize.ts';
import { decodeStems } from './vocabulary-stems.ts';

/** An index term matched by a query word, and how well (1 = the word itself). */
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
 * neighbours, its other number (`Nachtzüge`) and the compound it was
 * written apart from just below it, the completion of a word being typed
 * above a typo reading of the unfinished word, and the looser compound
 * readings (its parts apart, compounds with it as head) last. A second
 * edit costs as much again as the first over a phonetic match, so a word
 * one edit away always ranks above a word two edits away.
 */
export const MATCH_WEIGHT = {
  exact: 1,
  otherNumber: 0.95,
  phonetic: 0.9,
  joined: 0.9,
  prefix: 0.85,
  fuzzy: 0.8,
  secondEdit: 0.1,
  parts: 0.75,
  head: 0.7,
} as const;

/**
 * fuse.js's score from which a word within the allowed edits is dropped (0 = identical, 1 = anything).
 * Loose on purpose: 0.6 keeps all one-edit typos of the seeds' words (src/lib/search/typos.seeds.test.ts).
 */
const FUSE_THRESHOLD = 0.6;
/** Index terms kept per fuzzy word: enough for typos and inflections, few enough to fetch quickly. */
const MAX_FUZZY = 6;
/** Index terms completed from a prefix while typing. */
const MAX_PREFIX = 8;
/**
 * A word of three letters is a typo of a word of four only by a letter
 * left out (`Ban` for `Bahn`): substituting or swapping letters in words
 * this short reaches too many other words to be a reading of the typo.
 */
const SHORT_WORD = 3;

export class Vocabulary {
  /** The dossier's words, folded, sorted, distinct. */
  readonly terms: readonly string[];
  /** The index term (stem) of each word, as the build computed it (see vocabulary-stems.ts). */
  private readonly stemOf: readonly string[];
  private readonly signatures: Uint32Array;
  /**
   * The words' numbers ordered by length, and where each length starts among
   * them: a word within k edits of a typo is within k letters of its length,
   * so the fuzzy scan reads only those words.
   */
  private readonly byLength: Uint32Array;
  private readonly lengthStart: Uint32Array;
  /**
   * Phonetic key of a word's stem → index terms (stems). Built when search
   * starts (in the worker, while the reader is still typing) rather than on
   * the first query that needs it.
   */
  private readonly phonetic: Map<string, string[]>;
  /** The index terms of the words: what the compound and inflection lookups ask about. */
  private readonly stems: ReadonlySet<string>;
  /** The words one per line, with a line break before the first: the engine's own string search finds a part in all of them at once. */
  private readonly lines: string;

  /**
   * @param terms the dossier's folded words, sorted, distinct
   * @param stems the index term of each of `terms`, in the same order
   */
  constructor(terms: readonly string[], stems: readonly string[]) {
    this.terms = terms;
    this.stemOf = stems;
    this.signatures = new Uint32Array(terms.length * 2);
    terms.forEach((term, i) => signature(term, this.signatures, i * 2));
    ({ order: this.byLength, starts: this.lengthStart } = orderByLength(terms));
    this.stems = new Set(stems);
    this.lines = `\n${terms.join('\n')}\n`;
    this.phonetic = this.phoneticIndex();
  }

  /** The vocabulary of an index core: its words and the stems the build computed for them. */
  static fromCore(core: Pick<SearchCore, 'vocabulary' | 'stems'>): Vocabulary {
    const terms = core.vocabulary === '' ? [] : core.vocabulary.split('\n');
    return new Vocabulary(terms, decodeStems(terms, core.stems));
  }

  /** Whether some word of the dossier has the index term `term`. */
  hasStem(term: string): boolean {
    return this.stems.has(term);
  }

  /** Whether `term` is in the vocabulary. */
  has(term: string): boolean {
    const i = this.lowerBound(term);
    return this.terms[i] === term;
  }

  /**
   * The words containing `part` after their first letter, in order. A scan
   * with `indexOf` over all words in one string: at 30,000 words it takes
   * about a quarter of the time of `lastIndexOf` on each word.
   */
  wordsContaining(part: string): string[] {
    const words: string[] = [];
    for (let at = this.lines.indexOf(part); at >= 0; at = this.lines.indexOf(part, at + 1)) {
      const start = this.lines.lastIndexOf('\n', at) + 1;
      if (start === at) continue;
      const end = this.lines.indexOf('\n', at);
      const word = this.lines.slice(start, end);
      if (words.at(-1) !== word) words.push(word);
      at = end;
    }
    return words;
  }

  /** Index terms of the words beginning with `prefix` (the word itself excluded), shortest words first. */
  withPrefix(prefix: string): TermMatch[] {
    const found: number[] = [];
    for (let i = this.lowerBound(prefix); i < this.terms.length && this.terms[i]!.startsWith(prefix); i++) {
      if (this.terms[i] !== prefix) found.push(i);
    }
    // Shortest first, then in the alphabet (the words' order).
    found.sort((a, b) => this.terms[a]!.length - this.terms[b]!.length || a - b);
    return distinctStems(found.map((i) => ({ term: this.stemOf[i]!, weight: MATCH_WEIGHT.prefix }))).slice(0, MAX_PREFIX);
  }

  /** Index terms that sound like the folded `word` across transliterations (see `phoneticKey`), its own excluded. */
  soundingLike(word: string): TermMatch[] {
    if (word.length < 4) return [];
    const own = stem(word);
    return (this.phonetic.get(phoneticKey(own)) ?? []).filter((t) => t !== own).map((t) => ({ term: t, weight: MATCH_WEIGHT.phonetic }));
  }

  /** Index terms of the words within a few edits of the folded `word` (see {@link allowedEdits}), closest first. */
  similarTo(word: string): TermMatch[] {
    const short = word.length === SHORT_WORD;
    const edits = short ? 1 : allowedEdits(word.length);
    if (edits === 0) return [];
    const query = new Uint32Array(2);
    signature(word, query, 0);
    const needed = popcount(query[0]!) + popcount(query[1]!) - 3 * edits;
    const ids: number[] = [];
    const reach: number[] = [];
    const sig = this.signatures;
    const starts = this.lengthStart;
    const end = starts[Math.min(word.length + edits + 1, starts.length - 1)]!;
    // A three-letter word is only read as missing a letter (see SHORT_WORD).
    for (let at = starts[Math.min(short ? word.length + 1 : word.length - edits, starts.length - 1)]!; at < end; at++) {
      const i = this.byLength[at]!;
      if (popcount(sig[2 * i]! & query[0]!) + popcount(sig[2 * i + 1]! & query[1]!) < needed) continue;
      // 0 is the word itself, which is no typo of itself.
      const apart = editsBetween(word, this.terms[i]!, edits);
      if (apart > 0 && apart <= edits) ids.push(i), reach.push(apart);
    }
    if (ids.length === 0) return [];
    // The bounded edit distance decides which words are typos of this one, before fuse.js sees them: the letter
    // pairs let 3,261 words through for `Ratclife` at 5,000 synthetic articles, and fuse.js took 20-60 ms over them
    // where the edit distance takes about one. fuse.js scores each word on its own, so it scores the two it gets
    // as it scored them among the 3,261; its Bitap score orders words of one edit count by how alike they read.
    const scored = new Fuse(ids.map((i) => this.terms[i]!), { includeScore: true, ignoreLocation: true, isCaseSensitive: true, threshold: FUSE_THRESHOLD }).search(word);
    const found = scored.map((r) => ({ id: ids[r.refIndex]!, word: r.item, edits: reach[r.refIndex]!, score: r.score ?? 0 }));
    // Closest first; among equals the better fuse.js score, then the alphabet, so the order never depends on the scan.
    found.sort((a, b) => a.edits - b.edits || a.score - b.score || (a.word < b.word ? -1 : 1));
    const matches = found.map((f) => ({ term: this.stemOf[f.id]!, weight: MATCH_WEIGHT.fuzzy - (f.edits - 1) * MATCH_WEIGHT.secondEdit }));
    return distinctStems(matches).slice(0, MAX_FUZZY);
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

  private phoneticIndex(): Map<string, string[]> {
    const index = new Map<string, string[]>();
    for (const term of this.stems) {
      if (term.length < 4) continue;
      const key = phoneticKey(term);
      const list = index.get(key);
      if (list) list.push(term);
      else index.set(key, [term]);
    }
    return index;
  }
}

/** The first match of each index term: the words of one stem (`kaeser`, `kaesers`) are one match. */
function distinctStems(matches: readonly TermMatch[]): TermMatch[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.term) && seen.add(m.term));
}

/**
 * The numbers of `terms` ordered by length (a counting sort: stable, so the
 * words of one length stay in the alphabet), and `starts[n]`, where the words
 * of length n begin in that order; `starts` ends one past the longest.
 */
function orderByLength(terms: readonly string[]): { order: Uint32Array; starts: Uint32Array } {
  const starts = new Uint32Array(terms.reduce((n, t) => Math.max(n, t.length), 0) + 2);
  for (const t of terms) starts[t.length + 1]!++;
  for (let n = 1; n < starts.length; n++) starts[n]! += starts[n - 1]!;
  const next = starts.slice();
  const order = new Uint32Array(terms.length);
  terms.forEach((t, i) => (order[next[t.length]!++] = i));
  return { order, starts };
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
