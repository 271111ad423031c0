/**
 * Reading and writing `content/claims.ledger.json`. The build writes it like
 * a lockfile; commit it with the content so that every published permalink
 * keeps resolving.
 */
import { readLedgerFile, writeLedgerFile, type LedgerFileSpec } from '../content/ledger-file-io.ts';
import { emptyLedger, ledgerSchema, serializeLedger, type Ledger } from './claim-ledger.ts';

/** Where the ledger lives, relative to the project root. */
export const LEDGER_FILE = 'content/claims.ledger.json';

const SPEC: LedgerFileSpec<Ledger> = {
  file: LEDGER_FILE,
  code: 'bad-ledger',
  label: 'claim ledger',
  schema: ledgerSchema,
  empty: emptyLedger,
  loss: 'would break every permalink issued so far',
};

/** The committed ledger; an empty one before the first build. Throws a ContentError naming the fix when it is damaged. */
export function readLedger(root: string): Promise<Ledger> {
  return readLedgerFile(root, SPEC);
}

/** Writes the ledger when it differs from what is on disk; returns whether it wrote. */
export function writeLedger(root: string, ledger: Ledger): Promise<boolean> {
  return writeLedgerFile(root, LEDGER_FILE, serializeLedger(ledger));
}
