/**
 * The claims of a loaded dossier, published against a ledger without
 * writing anything: what `dossier check` and `dossier claims` show is what
 * the next build will publish.
 */
import type { ArticleRecord } from '../content/types.ts';
import type { Ledger } from './claim-ledger.ts';
import { articleKey, draftClaims } from './draft-claims.ts';
import { publishClaims, type PublishedDossierClaims } from './publish-claims.ts';

/** Publishes every article's claims against `ledger` as of `today`. */
export function dossierClaims(articles: readonly ArticleRecord[], ledger: Ledger, today: string): PublishedDossierClaims {
  return publishClaims(
    articles.map((a) => ({ article: articleKey(a.file), drafts: draftClaims(a.cleaned.blocks, a.language) })),
    ledger,
    today,
  );
}
