/**
 * Gives the claims of a whole dossier their ids and reconciles them with the
 * ledger: the one step of a build that looks at all articles at once.
 */
import { assignClaimIds, claimKey } from './claim-ids.ts';
import { resolveClaimId, type Ledger } from './claim-ledger.ts';
import type { ClaimDraft } from './draft-claims.ts';
import { reconcileLedger, type LedgerChange } from './reconcile-ledger.ts';

/** A claim as the site publishes it. */
export interface PublishedClaim extends ClaimDraft {
  id: string;
  /** Older ids that now lead to this claim (after edits): still anchors and claim pages. */
  aliases: string[];
}

/** One article's claims going in. */
export interface ArticleDrafts {
  /** Stable article key (see `articleKey`). */
  article: string;
  drafts: readonly ClaimDraft[];
}

/** What publishing produced: the claims per article key, the new ledger and what changed. */
export interface PublishedDossierClaims {
  claims: Map<string, PublishedClaim[]>;
  ledger: Ledger;
  changes: LedgerChange[];
}

/** Assigns ids to every draft, reconciles the ledger as of `today` (YYYY-MM-DD) and attaches aliases. */
export function publishClaims(articles: readonly ArticleDrafts[], ledger: Ledger, today: string): PublishedDossierClaims {
  const owners = new Map(Object.entries(ledger.claims).map(([id, e]) => [id, claimKey(e.article, e.text)]));
  const flat = articles.flatMap((a) => a.drafts.map((d) => ({ article: a.article, text: d.text })));
  const ids = assignClaimIds(flat, owners);
  const claims = new Map<string, PublishedClaim[]>();
  const current = [];
  let n = 0;
  for (const a of articles) {
    const published = a.drafts.map((d) => ({ ...d, id: ids[n++]!, aliases: [] as string[] }));
    claims.set(a.article, published);
    current.push(...published.map((c, i) => ({
      id: c.id,
      article: a.article,
      text: c.text,
      ...(i > 0 && { before: published[i - 1]!.id }),
      ...(i < published.length - 1 && { after: published[i + 1]!.id }),
    })));
  }
  const reconciled = reconcileLedger(ledger, current, today);
  const byId = new Map([...claims.values()].flat().map((c) => [c.id, c]));
  for (const [id, entry] of Object.entries(reconciled.ledger.claims)) {
    if (entry.status !== 'moved') continue;
    const target = byId.get(resolveClaimId(reconciled.ledger, id)?.id ?? '');
    target?.aliases.push(id);
  }
  for (const c of byId.values()) c.aliases.sort();
  return { claims, ledger: reconciled.ledger, changes: reconciled.changes };
}
