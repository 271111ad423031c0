/**
 * How much of an old sentence survives in a new one. Character trigrams make
 * a typo fix cost a few percent, not a whole word; measuring what share of
 * the old sentence is kept lets a split sentence point at its larger part.
 */
import { normalizeClaim } from './normalize-claim.ts';

/** The set of character trigrams of a sentence (lowercased, normalised, padded). */
export function trigrams(text: string): Set<string> {
  const t = ` ${normalizeClaim(text).toLowerCase()} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= t.length; i++) grams.add(t.slice(i, i + 3));
  return grams;
}

/**
 * Similarity in [0, 1] of an old sentence to a candidate successor: the mean
 * of the Dice coefficient and the share of the old sentence's trigrams that
 * the candidate keeps.
 */
export function successorScore(old: ReadonlySet<string>, candidate: ReadonlySet<string>): number {
  if (old.size === 0 || candidate.size === 0) return 0;
  let shared = 0;
  for (const g of old) if (candidate.has(g)) shared += 1;
  const dice = (2 * shared) / (old.size + candidate.size);
  return (dice + shared / old.size) / 2;
}
