/**
 * Lines that recur across articles of one outlet are the outlet's furniture:
 * menus, slogans, footers. Counting them needs no knowledge of the outlet.
 */
import { normalizeSpace } from './normalize-space.ts';

/**
 * Normalised lines that occur in enough of the `siblings` (raw texts of other
 * articles of the same outlet): in one of them when there are at most two,
 * else in at least two.
 */
export function outletRepeats(siblings: readonly string[]): Set<string> {
  const counts = new Map<string, number>();
  for (const text of siblings) {
    const seen = new Set(text.split('\n').map(normalizeSpace).filter(Boolean));
    for (const line of seen) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  const needed = siblings.length <= 2 ? 1 : 2;
  return new Set([...counts].filter(([, n]) => n >= needed).map(([line]) => line));
}
