/**
 * An article's details: the bulk of what the articles loader makes of it,
 * kept in the article cache (article-cache.ts) instead of Astro's data
 * store. The store entry keeps what lists show and `detailsKey`; pages that
 * need more read the details through `getArticles` (article-entries.ts).
 */
import type { PublishedClaim } from '../lib/claims/publish-claims.ts';
import type { Block, Removal } from '../lib/clean/types.ts';
import type { ClaimLinks } from '../lib/links/cross-link.ts';
import type { RelatedArticle } from '../lib/links/related-articles.ts';
import type { ShownReview } from '../lib/reviews/resolve-reviews.ts';
import { readCached } from './article-cache.ts';

/** Made by the loader from the raw file, the cleaner, the ledger and cross-linking; never written by a curator. */
export interface ArticleDetails {
  /** The raw text: the original page marks the removals in it. */
  body: string;
  /** Spans of `body` the cleaner removed, in order. */
  removals: Removal[];
  /** The cleaned reading text, as rendered into the article HTML. */
  blocks: Block[];
  /** Every sentence of the reading text with its permanent id, older ids that lead to it, its dates, corroboration and the curator's review. */
  claims: Array<PublishedClaim & ClaimLinks & { review?: ShownReview }>;
  /** Related articles, best first, each with its reasons. */
  related: RelatedArticle[];
  /** Ids of the entities each claim names, by claim id (claims naming none are left out). */
  claimEntities: Record<string, string[]>;
}

/** The JSON a details file holds (stored as the cache's `json` kind); its digest is the key, so equal details share a file. */
export function detailsJson(details: ArticleDetails): string {
  return JSON.stringify(details);
}

/** The details of `key`; fails naming the fix when the cache lost or damaged them. */
export function readArticleDetails(dir: string, key: string): ArticleDetails {
  const json = readCached(dir, key, 'json');
  try {
    return JSON.parse(json) as ArticleDetails;
  } catch {
    throw new Error(`${key}.json in ${dir} is damaged; delete Astro's cache (node_modules/.astro and .astro) and build again.`);
  }
}
