/**
 * The claim pages of this build as page sources, for the `/c/<id>/` route:
 * every live claim and every id the ledger ever issued.
 */
import type { PageSource } from '../integrations/page-queue.ts';
import { claimPages, type ClaimPage } from '../lib/claims/claim-pages.ts';
import { claimPageDocument, claimPagePath, type ClaimPageArticle } from '../lib/render/claim-page.ts';
import { getAnalysisCitations } from './analysis-citations.ts';
import { getArticleEntries } from './article-entries.ts';
import { getClaimLedger } from './claim-ledger-entry.ts';
import { getDossier } from './dossier-entry.ts';
import { getEntities } from './entity-entries.ts';
import { stampOf } from './page-stamps.ts';

/** One claim page: its id (the route parameter), and what the page writer needs. */
export interface ClaimPageSource extends PageSource {
  id: string;
}

/** What a claim page shows besides its article(s): the ledger's record of a moved or withdrawn id. */
function pageStamp(page: ClaimPage<ClaimPageArticle>, stampOfArticle: (slug: string) => string): string[] {
  switch (page.kind) {
    case 'live':
      return ['live', page.id, stampOfArticle(page.article.slug)];
    case 'moved':
      return ['moved', page.id, page.formerText, page.current.id, stampOfArticle(page.current.article.slug)];
    case 'withdrawn':
      return ['withdrawn', page.id, page.formerText, page.withdrawn ?? '', page.article ? stampOfArticle(page.article.slug) : ''];
  }
}

/** Every claim page, sorted by id; documents are made on demand (a large dossier has tens of thousands). */
export async function claimPageSources(): Promise<ClaimPageSource[]> {
  const entries = await getArticleEntries();
  const stamps = new Map(entries.map((entry) => [entry.id, entry.stamp]));
  const { language } = await getDossier();
  // Entity names need no stamp of their own: the registry is part of every article entry's digest.
  const entityNames = new Map((await getEntities()).map((entry) => [entry.id, entry.data.name]));
  const citedIn = (await getAnalysisCitations()).backlinks.claims;
  const ctx = { base: import.meta.env.BASE_URL, site: import.meta.env.SITE, language, entityNames, citedIn };
  return claimPages(
    entries.map((entry) => entry.data),
    await getClaimLedger(),
  ).map((page) => ({
    id: page.id,
    path: claimPagePath(page.id),
    // The analyses citing it are part of the page: a new citation or a renamed analysis must rewrite it.
    stamp: stampOf(ctx.base, ctx.site, language, JSON.stringify(citedIn.get(page.id) ?? []), ...pageStamp(page, (slug) => stamps.get(slug) ?? '')),
    document: () => claimPageDocument(page, ctx),
  }));
}
