/**
 * The claims a curator probably meant when a cited id is unknown: an id one
 * or two characters off (a typo), then the claims whose sentence shares the
 * most with the paragraph the citation stands in (a copied id from another
 * sentence, or a claim id from a different dossier).
 */
import type { Ledger } from '../claims/claim-ledger.ts';
import { successorScore, trigrams } from '../claims/claim-similarity.ts';
import { didYouMean } from '../text/did-you-mean.ts';

/** A suggested claim: its id and current sentence. */
export interface NearClaim {
  id: string;
  text: string;
}

/** Up to `limit` claims nearest to the unknown `id` cited in a paragraph reading `context`; moved ids are left out (their successor is listed). */
export function nearestClaims(ledger: Ledger, id: string, context: string, limit = 3): NearClaim[] {
  const candidates = Object.entries(ledger.claims).filter(([, entry]) => entry.status !== 'moved');
  const typo = didYouMean(id, candidates.map(([candidate]) => candidate));
  const said = trigrams(context);
  const byText = candidates
    .filter(([candidate]) => candidate !== typo)
    // How much of the claim's sentence the paragraph repeats: a paraphrase keeps its names and numbers.
    .map(([candidate, entry]) => ({ id: candidate, text: entry.text, score: successorScore(trigrams(entry.text), said) }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1));
  const typoClaim = typo === undefined ? [] : [{ id: typo, text: ledger.claims[typo]!.text }];
  return [...typoClaim, ...byText.map(({ id: near, text }) => ({ id: near, text }))].slice(0, limit);
}
