import { editsBetween } from './edit-distance.ts';

/**
 * The known word closest to a misspelt one (`pubished` → `published`), or
 * undefined when none is close enough to be a plausible typo.
 */
export function didYouMean(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  // Short keys tolerate one slip, longer ones two or three (a third of the length).
  const budget = Math.max(1, Math.min(3, Math.floor(lower.length / 3)));
  let best: { word: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editsBetween(lower, candidate.toLowerCase(), budget);
    if (distance <= budget && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}
