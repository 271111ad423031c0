/**
 * The analyses of this build checked against its articles, claim ledger and
 * entities, and the backlinks they make: for the analysis pages and for the
 * "Zitiert in" of claim, article and entity pages. An error in a citation
 * fails the build with the message `dossier check` prints.
 */
import { analysisBacklinks, type AnalysisBacklinks } from '../lib/analyses/analysis-backlinks.ts';
import { checkAnalyses, type CheckedAnalysis } from '../lib/analyses/check-analyses.ts';
import { citationIndex } from '../lib/analyses/citation-index.ts';
import { assertNoErrors } from '../lib/content/dossier-error.ts';
import { getAnalyses } from './analysis-entries.ts';
import { getArticles } from './article-entries.ts';
import { getClaimLedger } from './claim-ledger-entry.ts';
import { getEntities } from './entity-entries.ts';
import { getAddressLedger } from './former-address-documents.ts';

/** The checked analyses, newest first, and their backlinks. */
export interface AnalysisCitations {
  analyses: CheckedAnalysis[];
  backlinks: AnalysisBacklinks;
}

let cached: Promise<AnalysisCitations> | undefined;

async function check(): Promise<AnalysisCitations> {
  const sources = (await getAnalyses()).map(({ slug, file, title, date, author, summary, body, bodyLine }) => ({ slug, file, frontmatter: { title, date, author, summary }, body, bodyLine }));
  if (sources.length === 0) return { analyses: [], backlinks: analysisBacklinks([]) };
  const entities = (await getEntities()).map((entry) => ({ id: entry.id, name: entry.data.name }));
  const { analyses, problems } = checkAnalyses(sources, citationIndex(await getArticles(), await getClaimLedger(), entities, await getAddressLedger()));
  assertNoErrors(problems);
  return { analyses, backlinks: analysisBacklinks(analyses) };
}

/** Checked once per build (content does not change while it renders); on every request in `astro dev`. */
export function getAnalysisCitations(): Promise<AnalysisCitations> {
  if (import.meta.env.DEV || !cached) cached = check();
  return cached;
}
