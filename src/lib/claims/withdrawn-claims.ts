/**
 * The withdrawn claims of one article, from the ledger. The article page
 * lists them under their old ids, so that a link to `#<id>` of a deleted
 * sentence still lands somewhere that says what became of it.
 */
import type { Ledger } from './claim-ledger.ts';

/** A withdrawn claim as the article page lists it. */
export interface WithdrawnClaim {
  id: string;
  /** The last text published under the id. */
  text: string;
  /** Build date (YYYY-MM-DD) it disappeared on, when known. */
  withdrawn?: string;
}

/** Withdrawn ids of the article with ledger key `article`, most recently withdrawn first, then by id. */
export function withdrawnClaimsOf(ledger: Ledger, article: string): WithdrawnClaim[] {
  return Object.entries(ledger.claims)
    .filter(([, entry]) => entry.article === article && entry.status === 'withdrawn')
    .map(([id, entry]) => ({ id, text: entry.text, ...(entry.withdrawn !== undefined && { withdrawn: entry.withdrawn }) }))
    .sort((a, b) => (b.withdrawn ?? '').localeCompare(a.withdrawn ?? '') || (a.id < b.id ? -1 : 1));
}
