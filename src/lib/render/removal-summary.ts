/**
 * Groups an article's removals by rule for the legend on its original page.
 */
import type { Removal } from '../clean/types.ts';

/** One line of the legend: a rule, why it removes text, and how often it did here. */
export interface RemovalGroup {
  rule: string;
  reason: string;
  count: number;
}

/**
 * Counts removals per rule, in order of first appearance in the text so the
 * legend reads in the same order as the page. A rule's reason is taken from
 * its first removal (the cleaner gives one reason per rule).
 */
export function summarizeRemovals(removed: readonly Pick<Removal, 'rule' | 'reason'>[]): RemovalGroup[] {
  const groups = new Map<string, RemovalGroup>();
  for (const { rule, reason } of removed) {
    const group = groups.get(rule);
    if (group) group.count += 1;
    else groups.set(rule, { rule, reason, count: 1 });
  }
  return [...groups.values()];
}
