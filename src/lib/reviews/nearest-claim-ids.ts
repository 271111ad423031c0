/**
 * The ids a mistyped claim id was probably meant to be: an id is copied by
 * hand from an address, so a slip is a character or two off.
 */
import type { Ledger } from '../claims/claim-ledger.ts';
import { editsBetween } from '../text/edit-distance.ts';

/** At most this many suggestions: more is a list to search, not a hint. */
const SUGGESTIONS = 3;

/** The ledger's ids closest in spelling to `id`, nearest first, each with its last wording. */
export function nearestClaimIds(id: string, ledger: Ledger): Array<{ id: string; text: string }> {
  const wanted = id.toLowerCase();
  return Object.entries(ledger.claims)
    .map(([candidate, entry]) => ({ id: candidate, text: entry.text, distance: editsBetween(wanted, candidate, Math.max(wanted.length, candidate.length)) }))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map(({ id: near, text }) => ({ id: near, text }));
}
