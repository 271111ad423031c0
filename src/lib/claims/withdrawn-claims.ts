/**
 * The withdrawn claims of each article, from the ledger. The article page
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

/**
 * Withdrawn ids by ledger article key, each article's most recently
 * withdrawn first, then by id. One pass over the ledger for all articles:
 * asking per article would read the whole ledger once per article page.
 */
export function withdrawnClaimsByArticle(ledger: Ledger): Map<string, WithdrawnClaim[]> {
  const byArticle = new Map<string, WithdrawnClaim[]>();
  for (const [id, entry] of Object.entries(ledger.claims)) {
    if (entry.status !== 'withdrawn') continue;
    const claim = { id, text: entry.text, ...(entry.withdrawn !== undefined && { withdrawn: entry.withdrawn }) };
    const list = byArticle.get(entry.article);
    if (list) list.push(claim);
    else byArticle.set(entry.article, [claim]);
  }
  for (const list of byArticle.values()) {
    list.sort((a, b) => (b.withdrawn ?? '').localeCompare(a.withdrawn ?? '') || (a.id < b.id ? -1 : 1));
  }
  return byArticle;
}
