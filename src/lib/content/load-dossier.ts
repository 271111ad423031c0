import { readAddressLedger } from '../addresses/address-ledger-file.ts';
import { emptyAddressLedger, type AddressLedger } from '../addresses/address-ledger.ts';
import { buildDate } from '../claims/build-date.ts';
import { prepareDossier } from '../pipeline/prepare-dossier.ts';
import { ContentError } from './content-error.ts';
import { DossierError } from './dossier-error.ts';
import { outletLinesFor, readDossier } from './read-dossier.ts';
import type { ArticleRecord, DossierProblem, LoadedDossier } from './types.ts';

/**
 * Reads, validates and cleans the whole dossier under `<root>/content/`,
 * drafts included, through the pipeline's per-article half as a build runs
 * it. Content problems are returned, not thrown; pass them to
 * `assertNoErrors` to stop a build. Slugs are the addresses the next build
 * publishes on `date`: the ones in the address ledger, new ones for new articles.
 *
 * @throws DossierError when `content/dossier.yaml` is missing or invalid:
 *   nothing can be built without it. Its `problems` hold everything found.
 */
export async function loadDossier(root: string, date = buildDate()): Promise<LoadedDossier> {
  const { config, rules, entities, inputs, problems } = await readDossier(root);
  if (!config) throw new DossierError(problems);
  const addressLedger = await readAddressLedgerOr(root, problems);
  const prepared = prepareDossier(inputs, { rules, outletLinesOf: outletLinesFor(inputs), addressLedger, date });
  const articles = prepared.states.map((state, i): ArticleRecord => Object.assign(state.record, { slug: prepared.slugs[i] as string }));
  problems.push(...prepared.problems);
  return { config, rules, entities, articles, states: prepared.states, problems, addresses: prepared.addresses };
}

/** The address ledger; a damaged one is a problem, and the addresses are then derived as for a new dossier. */
async function readAddressLedgerOr(root: string, problems: DossierProblem[]): Promise<AddressLedger> {
  try {
    return await readAddressLedger(root);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(error.toProblem());
    return emptyAddressLedger();
  }
}
