/**
 * The seed dossier's analysis with everything its citations point at: the
 * loaded seed articles, the committed claim ledger and the entity registry,
 * loaded once per test file (cleaning the five seed articles takes a second).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { citationIndex } from '../lib/analyses/citation-index.ts';
import { readAnalyses } from '../lib/analyses/read-analyses.ts';
import { readLedger } from '../lib/claims/ledger-file.ts';
import { loadDossier } from '../lib/content/load-dossier.ts';
import { SEED_ROOT } from './temp-project.ts';

/** The seed analysis file's path and text. */
export const SEED_ANALYSIS = 'content/analyses/kontakte-svr-cia.md';

/** The seed analysis text as committed. */
export function seedAnalysisText(): Promise<string> {
  return readFile(join(SEED_ROOT, SEED_ANALYSIS), 'utf8');
}

/** The seed's analyses and the citation index of the seed dossier. */
export async function seedAnalyses() {
  const [dossier, ledger, { analyses }] = await Promise.all([loadDossier(SEED_ROOT), readLedger(SEED_ROOT), readAnalyses(SEED_ROOT)]);
  return { analyses, index: citationIndex(dossier.articles, ledger, dossier.entities, dossier.addresses.ledger), ledger, dossier };
}
