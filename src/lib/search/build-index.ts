/**
 * Builds the search index of a dossier (see `index-format.ts`) from its
 * cleaned claims and titles, and its claims by entity and by rating. Only what the reader sees is indexed: the raw
 * text, and with it every removed span of boilerplate, never reaches this
 * module.
 */
import {
  SEARCH_FORMAT,
  encodePostings,
  entityKey,
  ratingKey,
  type DocsChunk,
  type PostingsChunk,
  type SearchAnalysis,
  type SearchCore,
  type SearchEntity,
} from './index-format.ts';
import { indexWords, stem, tokenize } from './normalize.ts';
import { digestOf } from './digest.ts';
import { encodeStems } from './vocabulary-stems.ts';
import type { Block } from '../clean/types.ts';

/** A claim to index: its permanent id, its text and the entities it names. */
export interface IndexableClaim {
  id: string;
  text: string;
  /** Ids of the registry entities the claim names (under any spelling). */
  entities?: readonly string[];
  /** The curator's rating (see src/lib/reviews/review-scale.ts), when the claim is reviewed. */
  rating?: string | undefined;
}

/** An article to index, with its claims in reading order. */
export interface IndexableArticle {
  slug: string;
  title: string;
  outlet: string;
  /** ISO date, when known. */
  published?: string | undefined;
  claims: readonly IndexableClaim[];
  /** The article's subheadings: they carry no claims, but their words find the article, as its title's do. */
  headings?: readonly string[];
}

/**
 * An article as the index takes it: its metadata as the dossier stores it,
 * its claims and the entities each claim names, and the subheadings among
 * its cleaned blocks.
 */
export function indexableArticle(
  article: { slug: string; title: { value: string }; outlet: { value: string }; published?: { value: string } | undefined },
  claims: readonly { id: string; text: string; review?: { rating: string } | undefined }[],
  claimEntities: Readonly<Record<string, readonly string[]>>,
  blocks: readonly Pick<Block, 'kind' | 'text'>[],
): IndexableArticle {
  return {
    slug: article.slug,
    title: article.title.value,
    outlet: article.outlet.value,
    published: article.published?.value,
    claims: claims.map((c) => ({ id: c.id, text: c.text, entities: claimEntities[c.id] ?? [], ...(c.review && { rating: c.review.rating }) })),
    headings: blocks.filter((b) => b.kind === 'heading').map((b) => b.text),
  };
}

/** An analysis to index: what the result shows, and its whole text (Markdown as written) for its words. */
export interface IndexableAnalysis extends Omit<SearchAnalysis, 'terms'> {
  text: string;
}

/** What the index is built from: the articles in the order results prefer them (newest first), the registry and the analyses. */
export interface IndexableDossier {
  articles: readonly IndexableArticle[];
  entities: readonly SearchEntity[];
  analyses?: readonly IndexableAnalysis[];
}

/** The index, ready to be written as files. */
export interface BuiltSearchIndex {
  core: SearchCore;
  postings: PostingsChunk[];
  docs: DocsChunk[];
}

/** Chunk sizes in raw bytes: small enough that a query fetches little, large enough that a dossier is not thousands of files. */
export interface ChunkSizes {
  postings: number;
  docs: number;
}

/**
 * Docs chunks of 24 KB (about ten articles), not 6 KB: the ten claims and five articles a query shows
 * are spread over the dossier, and each distinct chunk is a request. At 5,000 synthetic articles
 * (`npm run bench:search`) the 41 benchmark queries of a fresh session made 87 requests instead of 121
 * (p95 per query 6 instead of 10) for 42 KB gzip instead of 25 KB at p95; over six interleaved runs on a
 * busy machine the cold median went from 34 to 28 ms and the p95 from 93 to 81 ms (medians of the runs).
 * Larger docs chunks (48 KB) cost more bytes than the requests they save.
 */
const DEFAULT_SIZES: ChunkSizes = { postings: 16_000, docs: 24_000 };

/** Words of at least this length with a letter are in the fuzzy vocabulary; shorter ones and numbers match exactly. */
const MIN_FUZZY_LENGTH = 3;

/** Builds the index. Deterministic: the same dossier gives the same files, and so the same version. */
export function buildSearchIndex(dossier: IndexableDossier, sizes: ChunkSizes = DEFAULT_SIZES): BuiltSearchIndex {
  const claimsOf = new Map<string, number[]>();
  const articlesOf = new Map<string, number[]>();
  const post = (map: Map<string, number[]>, key: string, n: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [n]);
    else if (list.at(-1) !== n) list.push(n);
  };

  const words = new Set<string>();
  /** The index terms of `text` (see `termsOf`), its words added to the fuzzy vocabulary on the way. */
  const termsIn = (text: string) =>
    indexWords(tokenize(text)).map((word) => {
      if (word.length >= MIN_FUZZY_LENGTH && /\p{L}/u.test(word)) words.add(word);
      return stem(word);
    });

  let claimNumber = 0;
  dossier.articles.forEach((article, a) => {
    for (const text of [article.title, ...(article.headings ?? [])]) for (const term of termsIn(text)) post(articlesOf, term, a);
    for (const claim of article.claims) {
      for (const term of termsIn(claim.text)) post(claimsOf, term, claimNumber);
      for (const entity of claim.entities ?? []) post(claimsOf, entityKey(entity), claimNumber);
      if (claim.rating) post(claimsOf, ratingKey(claim.rating), claimNumber);
      claimNumber++;
    }
  });

  // Their words join the vocabulary, so a typo finds an analysis as it finds a claim.
  const analyses = (dossier.analyses ?? []).map(({ text, ...shown }): SearchAnalysis => ({ ...shown, terms: [...new Set(termsIn(`${shown.title} ${shown.summary} ${text}`))].sort() }));

  const keys = [...new Set([...claimsOf.keys(), ...articlesOf.keys()])].sort();
  const { chunks: postings, bounds: postingBounds } = chunk(
    keys,
    (key) => [key, encodePostings(claimsOf.get(key) ?? []), encodePostings(articlesOf.get(key) ?? [])] as const,
    ([key, claims, articles]) => key.length + claims.length + articles.length + 12,
    sizes.postings,
    (entries): PostingsChunk => Object.fromEntries(entries.map(([key, claims, articles]) => [key, [claims, articles]])),
  );

  const outlets = [...new Set(dossier.articles.map((a) => a.outlet))].sort((x, y) => x.localeCompare(y, 'de'));
  const { chunks: docs, bounds: docStarts } = chunk(
    dossier.articles.map((article, a) => ({ article, a })),
    (x) => x,
    ({ article }) =>
      article.title.length + article.slug.length + (article.headings ?? []).reduce((n, h) => n + h.length + 3, 0) + article.claims.reduce((n, c) => n + c.text.length + c.id.length + 8, 40),
    sizes.docs,
    (items): DocsChunk => ({
      articles: items.map(({ article }) => [article.slug, article.title, outlets.indexOf(article.outlet), article.published ?? '', [...(article.headings ?? [])]]),
      claims: items.flatMap(({ article }) => article.claims.map((c): [string, string] => [c.id, c.text])),
    }),
  );

  const vocabulary = [...words].sort();
  const core: Omit<SearchCore, 'version'> = {
    format: SEARCH_FORMAT,
    vocabulary: vocabulary.join('\n'),
    stems: encodeStems(vocabulary),
    postingBounds,
    docBounds: docStarts.map((item) => item.a),
    claimCounts: dossier.articles.map((a) => a.claims.length),
    outletOf: dossier.articles.map((a) => outlets.indexOf(a.outlet)),
    yearOf: dossier.articles.map((a) => Number(a.published?.slice(0, 4) ?? 0)),
    outlets,
    entities: dossier.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases: [...aliases] })),
    analyses,
  };
  const version = digestOf(JSON.stringify([core, postings, docs]));
  return { core: { ...core, version }, postings, docs };
}

/**
 * Cuts `items` into consecutive chunks of about `target` bytes each (an item
 * larger than that gets a chunk of its own) and returns each chunk's first
 * item as its bound.
 */
function chunk<I, E, C>(
  items: readonly I[],
  entry: (item: I) => E,
  size: (entry: E) => number,
  target: number,
  make: (entries: E[]) => C,
): { chunks: C[]; bounds: I[] } {
  const chunks: C[] = [];
  const bounds: I[] = [];
  let current: E[] = [];
  let bytes = 0;
  items.forEach((item) => {
    const e = entry(item);
    const n = size(e);
    if (current.length > 0 && bytes + n > target) {
      chunks.push(make(current));
      current = [];
      bytes = 0;
    }
    if (current.length === 0) bounds.push(item);
    current.push(e);
    bytes += n;
  });
  if (current.length > 0) chunks.push(make(current));
  return { chunks, bounds };
}
