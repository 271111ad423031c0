/**
 * The per-article half of the pipeline: every article cleaned (or reused),
 * then the addresses the next build publishes. Everything is returned, and
 * nothing is thrown for a curator's mistake: the caller decides whether the
 * problems stop it (a build) or are listed (`dossier check`).
 */
import type { AddressLedger } from '../addresses/address-ledger.ts';
import { assignAddresses, type AddressChange } from '../addresses/assign-addresses.ts';
import { articleKey } from '../claims/draft-claims.ts';
import type { OutletLines } from '../clean/outlet-repeats.ts';
import type { BoilerplateRule } from '../clean/types.ts';
import { prepareArticle } from '../content/prepare-article.ts';
import { isDraft } from '../content/publication.ts';
import type { ArticleInput, DossierProblem } from '../content/types.ts';
import { freshState, type ArticleState } from './article-state.ts';

/** What the per-article half needs besides the articles. */
export interface PrepareOptions<R> {
  rules: BoilerplateRule[];
  /** The lines an article shares with its outlet's other articles (see outlet-repeats.ts). */
  outletLinesOf: (input: ArticleInput) => OutletLines;
  addressLedger: AddressLedger;
  /** The build's date (YYYY-MM-DD), for the address ledger. */
  date: string;
  /** An earlier run's state of an unchanged article, which is then not cleaned again. */
  reuse?: ((input: ArticleInput) => ArticleState<R> | undefined) | undefined;
  /** Told after each article cleaned (not reused): a large dossier takes a while. */
  onCleaned?: ((done: number, total: number) => void) | undefined;
}

/** The articles with their final addresses. */
export interface PreparedDossier<R> {
  states: ArticleState<R>[];
  /** Each article's slug, in the order of `states`. */
  slugs: string[];
  addresses: { ledger: AddressLedger; changes: AddressChange[] };
  /** Every article's problems, then the addresses'. */
  problems: DossierProblem[];
  /** How many articles were cleaned in this run. */
  cleaned: number;
}

/** Cleans (or reuses) every article of `inputs` and gives each its address. */
export function prepareDossier<R = never>(inputs: readonly ArticleInput[], options: PrepareOptions<R>): PreparedDossier<R> {
  const reused = inputs.map((input) => options.reuse?.(input));
  const toClean = reused.filter((state) => !state).length;
  let cleaned = 0;
  const states = inputs.map((input, i): ArticleState<R> => {
    const kept = reused[i];
    if (kept) return kept;
    const prepared = prepareArticle(input, { rules: options.rules, outletLines: options.outletLinesOf(input) });
    cleaned += 1;
    options.onCleaned?.(cleaned, toClean);
    return freshState(input, prepared);
  });
  // Published addresses stay: the ledger's slug, not the title's, unless the sidecar renames it (see src/lib/addresses/).
  const addresses = assignAddresses(
    states.map(({ input, title, wishedSlug }) => ({
      file: input.file,
      metaFile: input.metaFile,
      article: articleKey(input.file),
      title,
      slug: wishedSlug,
      pinned: input.meta.slug !== undefined,
      // A draft never takes a published article's address.
      draft: isDraft(input),
    })),
    options.addressLedger,
    options.date,
  );
  return {
    states,
    slugs: addresses.slugs,
    addresses: { ledger: addresses.ledger, changes: addresses.changes },
    problems: [...states.flatMap((s) => s.problems), ...addresses.problems],
    cleaned,
  };
}
