import { readAddressLedger } from '../addresses/address-ledger-file.ts';
import { emptyAddressLedger, type AddressLedger } from '../addresses/address-ledger.ts';
import { assignAddresses } from '../addresses/assign-addresses.ts';
import { buildDate } from '../claims/build-date.ts';
import { articleKey } from '../claims/draft-claims.ts';
import { ContentError } from './content-error.ts';
import { DossierError } from './dossier-error.ts';
import { prepareArticle } from './prepare-article.ts';
import { outletLinesFor, readDossier } from './read-dossier.ts';
import type { DossierProblem, LoadedDossier } from './types.ts';

/**
 * Reads, validates and cleans the whole dossier under `<root>/content/`.
 * Content problems are returned, not thrown; pass them to `assertNoErrors`
 * to stop a build. Slugs are the addresses the next build publishes on
 * `date`: the ones in the address ledger, new ones for new articles.
 *
 * @throws DossierError when `content/dossier.yaml` is missing or invalid:
 *   nothing can be built without it. Its `problems` hold everything found.
 */
export async function loadDossier(root: string, date = buildDate()): Promise<LoadedDossier> {
  const { config, rules, entities, inputs, problems } = await readDossier(root);
  if (!config) throw new DossierError(problems);

  const outletLines = outletLinesFor(inputs);
  const prepared = inputs.map((input) => prepareArticle(input, { rules, outletLines: outletLines(input) }));
  const articles = prepared.map((p) => p.record);
  const addresses = assignAddresses(
    articles.map((a) => ({
      file: a.file,
      metaFile: a.metaFile,
      article: articleKey(a.file),
      title: a.title.value,
      slug: a.slug,
      pinned: a.meta.slug !== undefined,
      // As in the build: a draft never takes a published article's address.
      draft: a.meta.status === 'draft',
    })),
    await readAddressLedgerOr(root, problems),
    date,
  );
  articles.forEach((article, i) => {
    article.slug = addresses.slugs[i] as string;
  });
  problems.push(...prepared.flatMap((p) => p.problems), ...addresses.problems);
  return { config, rules, entities, articles, problems, addresses: { ledger: addresses.ledger, changes: addresses.changes } };
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
