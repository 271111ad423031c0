/**
 * The search index as files: what the build writes and the browser reads.
 *
 * - `search/index.json` ({@link SearchCore}): everything a query needs before
 *   it knows which words it touches: the vocabulary the fuzzy matcher
 *   searches, which postings chunk holds which keys, a small table per
 *   article (claim count, outlet, year) for ranking and filters, and the
 *   entities. Its address is stable; the chunks' addresses carry the version.
 * - `search/<version>/p<n>.json` ({@link PostingsChunk}): for a sorted range of
 *   keys, the claims and articles (by title and subheadings) containing each.
 * - `search/<version>/d<n>.json` ({@link DocsChunk}): a run of consecutive
 *   articles with their claims' texts, fetched only for results shown.
 *
 * Claims are numbered across the dossier in article order, so an article's
 * claims are a range and a chunk of articles is a range of claims.
 */

/** Bumped whenever the shape of these files changes. */
export const SEARCH_FORMAT = 5;

/** An entity as search shows and matches it. */
export interface SearchEntity {
  id: string;
  name: string;
  /** `person`, `organisation`, `place`, `event`: shown with the result. */
  type: string;
  /** Other spellings: transliterations, German and English forms. */
  aliases: string[];
}

/** An analysis as search shows and matches it: few and short, so they are matched in the core, like entities. */
export interface SearchAnalysis {
  slug: string;
  /** Path below the site's base (its folder follows the interface language). */
  path: string;
  title: string;
  summary: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The index terms of its title, summary and text (see `termsOf`), sorted, once each. */
  terms: string[];
}

/** The part of the index loaded before the first query. */
export interface SearchCore {
  format: typeof SEARCH_FORMAT;
  /** Digest of the whole index; names the directory of the chunks. */
  version: string;
  /**
   * The dossier's words as folded, not stemmed (at least three characters,
   * with a letter), sorted, one per line: typos are matched against words,
   * and a word's postings are under its `stem`.
   */
  vocabulary: string;
  /** The index term of each word of `vocabulary`, as the build's `stem` made it, one character per word (see `encodeStems`). */
  stems: string;
  /** First key of every postings chunk, sorted: chunk n holds the keys from `postingBounds[n]` up to the next. */
  postingBounds: string[];
  /** Index of the first article of every docs chunk. */
  docBounds: number[];
  /** Per article, in index order: its number of claims, its outlet (index into `outlets`) and year (0 if undated). */
  claimCounts: number[];
  outletOf: number[];
  yearOf: number[];
  outlets: string[];
  entities: SearchEntity[];
  analyses: SearchAnalysis[];
}

/** Postings of one key: claim numbers and article numbers, each delta-encoded in base 36 (see {@link encodePostings}). */
export type Postings = [claims: string, articles: string];

/** A postings chunk: key → postings. Keys are index terms, `@<entity id>` for the claims naming an entity and `!<rating>` for the claims rated so. */
export type PostingsChunk = Record<string, Postings>;

/** An article in a docs chunk: slug, title, outlet index, ISO date or `''`, subheadings. */
export type DocArticle = [slug: string, title: string, outlet: number, published: string, headings: string[]];

/** A docs chunk: its articles, then all their claims in order as [id, text]. */
export interface DocsChunk {
  articles: DocArticle[];
  claims: [id: string, text: string][];
}

/** The key under which the claims naming an entity are posted. */
export function entityKey(id: string): string {
  return `@${id}`;
}

/** The key under which the claims the curator rated `rating` are posted (a stable key of src/lib/reviews/review-scale.ts). */
export function ratingKey(rating: string): string {
  return `!${rating}`;
}

/** Address of the core, relative to the site's base. */
export const CORE_PATH = 'search/index.json';

/** Address of postings chunk `n` of index `version`, relative to the site's base. */
export function postingsPath(version: string, n: number): string {
  return `search/${version}/p${n}.json`;
}

/** Address of docs chunk `n` of index `version`, relative to the site's base. */
export function docsPath(version: string, n: number): string {
  return `search/${version}/d${n}.json`;
}

/** Encodes ascending numbers as base-36 gaps: `[3, 10, 11]` → `"3,7,1"`. Gaps are small, and gzip loves them. */
export function encodePostings(sorted: readonly number[]): string {
  let previous = 0;
  return sorted
    .map((n) => {
      const gap = n - previous;
      previous = n;
      return gap.toString(36);
    })
    .join(',');
}

/** Decodes {@link encodePostings}. */
export function decodePostings(encoded: string): Uint32Array {
  if (encoded === '') return new Uint32Array(0);
  const parts = encoded.split(',');
  const out = new Uint32Array(parts.length);
  let n = 0;
  for (let i = 0; i < parts.length; i++) out[i] = n += parseInt(parts[i]!, 36);
  return out;
}

/** The index of the range a sorted list of bounds puts `value` in: the last bound ≤ value. */
export function rangeOf<T>(bounds: readonly T[], value: T): number {
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (bounds[mid]! <= value) low = mid;
    else high = mid - 1;
  }
  return low;
}
