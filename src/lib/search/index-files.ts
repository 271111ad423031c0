/**
 * The chunks of the search index as the browser holds them: each file
 * fetched at most once and only when a query needs it, postings decoded
 * once, and article and claim data read from the docs chunks fetched.
 */
import { decodePostings, docsPath, postingsPath, rangeOf, type DocsChunk, type PostingsChunk, type SearchCore } from './index-format.ts';
import type { HitSource } from './search-types.ts';

/** Fetches and parses one index file, by its address relative to the site's base. */
export type LoadJson = (path: string) => Promise<unknown>;

/** The claims and the articles (by title) a key is posted for. */
export interface KeyPostings {
  claims: Uint32Array;
  articles: Uint32Array;
}

export const NO_POSTINGS: KeyPostings = { claims: new Uint32Array(0), articles: new Uint32Array(0) };

/** The numbers in every one of the ascending `lists` (the documents containing all parts of a compound), ascending. */
export function intersectPostings(lists: readonly Uint32Array[]): Uint32Array {
  if (lists.length === 0) return new Uint32Array(0);
  let common = lists[0]!;
  for (const list of lists.slice(1)) {
    const set = new Set(list);
    common = common.filter((n) => set.has(n));
  }
  return common;
}

export class IndexFiles {
  /** The article of each claim, and the number of each article's first claim. */
  readonly articleOf: Uint32Array;
  readonly firstClaim: Uint32Array;
  private readonly pending = new Map<string, Promise<unknown>>();
  private readonly settled = new Map<string, unknown>();
  private readonly postings = new Map<string, KeyPostings>();
  private readonly core: SearchCore;
  private readonly load: LoadJson;

  constructor(core: SearchCore, load: LoadJson) {
    this.core = core;
    this.load = load;
    const total = core.claimCounts.reduce((a, b) => a + b, 0);
    this.articleOf = new Uint32Array(total);
    this.firstClaim = new Uint32Array(core.claimCounts.length);
    let n = 0;
    core.claimCounts.forEach((count, a) => {
      this.firstClaim[a] = n;
      this.articleOf.fill(a, n, n + count);
      n += count;
    });
  }

  /** The postings of `keys`, fetching the chunks not yet loaded (all at once). Unknown keys have none. */
  async postingsOf(keys: readonly string[]): Promise<Map<string, KeyPostings>> {
    const { version, postingBounds } = this.core;
    const wantedByChunk = new Map<number, string[]>();
    for (const key of keys) {
      if (this.postings.has(key)) continue;
      const n = rangeOf(postingBounds, key);
      wantedByChunk.set(n, [...(wantedByChunk.get(n) ?? []), key]);
    }
    await Promise.all(
      [...wantedByChunk].map(async ([n, wanted]) => {
        const chunk = await this.file<PostingsChunk>(postingsPath(version, n));
        for (const key of wanted) {
          const entry = chunk[key];
          this.postings.set(key, entry ? { claims: decodePostings(entry[0]), articles: decodePostings(entry[1]) } : NO_POSTINGS);
        }
      }),
    );
    return new Map(keys.map((key) => [key, this.postings.get(key)!]));
  }

  /** Fetches the docs chunks holding `articles`, so {@link source} and {@link claim} can read them. */
  async fetchDocs(articles: readonly number[]): Promise<void> {
    const chunks = new Set(articles.map((a) => rangeOf(this.core.docBounds, a)));
    await Promise.all([...chunks].map((n) => this.file(docsPath(this.core.version, n))));
  }

  /** Slug, title, outlet and date of article `a` (its docs chunk fetched). */
  source(a: number): HitSource {
    const { chunk, first } = this.docsOf(a);
    const [slug, title, outlet, published] = chunk.articles[a - first]!;
    return { slug, title, outlet: this.core.outlets[outlet] ?? '', published };
  }

  /** The subheadings of article `a` (its docs chunk fetched). */
  headings(a: number): readonly string[] {
    const { chunk, first } = this.docsOf(a);
    return chunk.articles[a - first]![4];
  }

  /** Id and text of claim `c` (its docs chunk fetched). */
  claim(c: number): { id: string; text: string } {
    const { chunk, first } = this.docsOf(this.articleOf[c]!);
    const [id, text] = chunk.claims[c - this.firstClaim[first]!]!;
    return { id, text };
  }

  private docsOf(a: number): { chunk: DocsChunk; first: number } {
    const n = rangeOf(this.core.docBounds, a);
    const path = docsPath(this.core.version, n);
    const chunk = this.settled.get(path) as DocsChunk | undefined;
    if (!chunk) throw new Error(`Search index file ${path} was read before it was fetched.`);
    return { chunk, first: this.core.docBounds[n]! };
  }

  private file<T>(path: string): Promise<T> {
    let file = this.pending.get(path);
    if (!file) {
      file = this.load(path).then((value) => {
        this.settled.set(path, value);
        return value;
      });
      this.pending.set(path, file);
      // A failed fetch (offline before the file was cached) must not stick: the next query tries again.
      file.catch(() => this.pending.delete(path));
    }
    return file as Promise<T>;
  }
}
