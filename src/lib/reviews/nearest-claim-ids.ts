/**
 * The ids a mistyped claim id was probably meant to be: an id is copied by
 * hand from an address, so a slip is a character or two off.
 */
import type { Ledger } from '../claims/claim-ledger.ts';

/** At most this many suggestions: more is a list to search, not a hint. */
const SUGGESTIONS = 3;

/** The ledger's ids closest in spelling to `id`, nearest first, each with its last wording. */
export function nearestClaimIds(id: string, ledger: Ledger): Array<{ id: string; text: string }> {
  const wanted = id.toLowerCase();
  return Object.entries(ledger.claims)
    .map(([candidate, entry]) => ({ id: candidate, text: entry.text, distance: distance(wanted, candidate) }))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, SUGGESTIONS)
    .map(({ id: near, text }) => ({ id: near, text }));
}

/** Levenshtein distance with two rows: ids are 11 characters, ledgers tens of thousands of ids. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
