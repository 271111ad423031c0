/** One line about what a build did to the claim ledger, for the build log and `dossier check`. */
import type { LedgerChange } from './reconcile-ledger.ts';

/** E.g. `3 new, 1 moved, 0 withdrawn, 0 restored`. */
export function describeChanges(changes: readonly LedgerChange[]): string {
  const count = (kind: LedgerChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return `${count('issued')} new, ${count('moved')} moved, ${count('withdrawn')} withdrawn, ${count('revived')} restored`;
}
