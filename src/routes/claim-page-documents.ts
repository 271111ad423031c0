/**
 * The claim pages of this build as page sources, for the `/c/<id>/` route:
 * every live claim and every id the ledger ever issued.
 */
import type { PageSource } from '../build/handover.ts';
import { claimPages } from '../lib/claims/claim-pages.ts';
import { claimPageDocument, claimPagePath } from '../lib/render/claim-page.ts';
import { getAnalysisCitations } from './analysis-citations.ts';
import { getArticleEntries, knownStamps } from './article-entries.ts';
import { getClaimLedger } from './claim-ledger-entry.ts';
import { getDossier } from './dossier-entry.ts';
import { getEntities } from './entity-entries.ts';
import { viewStamp } from '../build/view-stamp.ts';

/** One claim page: its id (the route parameter), and what the page writer needs. */
export interface ClaimPageSource extends PageSource {
  id: string;
}

/** Every claim page, sorted by id; documents are made on demand (a large dossier has tens of thousands). */
export async function claimPageSources(): Promise<ClaimPageSource[]> {
  const entries = await getArticleEntries();
  const known = knownStamps(entries);
  const { language, title } = await getDossier();
  const entityNames = new Map((await getEntities()).map((entry) => [entry.id, entry.data.name]));
  // Every claim page reads the registry's names: stamped once, not once per page.
  known.set(entityNames, viewStamp(entityNames, known));
  // The title names the author of a review that names none.
  const ctx = { base: import.meta.env.BASE_URL, site: import.meta.env.SITE, language, entityNames, dossierTitle: title };
  const citedIn = (await getAnalysisCitations()).backlinks.claims;
  return claimPages(
    entries.map((entry) => entry.data),
    await getClaimLedger(),
  ).map((page) => {
    // Each page's view holds the analyses citing it, not every claim's: a new citation rewrites the pages it names.
    const view = { page, ctx: { ...ctx, citedIn: new Map([[page.id, citedIn.get(page.id) ?? []]]) } };
    return { id: page.id, path: claimPagePath(page.id), stamp: viewStamp(view, known), document: () => claimPageDocument(view.page, view.ctx) };
  });
}
