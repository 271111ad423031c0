/**
 * The claim pages of this build as page documents, for the `/c/<id>/`
 * route: every live claim and every id the ledger ever issued.
 */
import { getCollection } from 'astro:content';
import { claimPages } from '../lib/claims/claim-pages.ts';
import { claimPageDocument } from '../lib/render/claim-page.ts';
import type { PageDocument } from '../lib/render/page-document.ts';
import { getClaimLedger } from './claim-ledger-entry.ts';
import { getDossier } from './dossier-entry.ts';

/** One claim page: its id (the route parameter) and how to make its document. */
export interface ClaimPageSource {
  id: string;
  document: () => PageDocument;
}

/** Every claim page, sorted by id; documents are made on demand (a large dossier has tens of thousands). */
export async function claimPageSources(): Promise<ClaimPageSource[]> {
  const articles = (await getCollection('articles')).map((entry) => entry.data);
  const { language } = await getDossier();
  const ctx = { base: import.meta.env.BASE_URL, site: import.meta.env.SITE, language };
  return claimPages(articles, await getClaimLedger()).map((page) => ({ id: page.id, document: () => claimPageDocument(page, ctx) }));
}
