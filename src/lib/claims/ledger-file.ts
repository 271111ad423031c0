/**
 * Reading and writing `content/claims.ledger.json`. The build writes it like
 * a lockfile; commit it with the content so that every published permalink
 * keeps resolving.
 */
import { readLedgerFile, writeLedgerFile, type LedgerFileSpec } from '../content/ledger-file-io.ts';
import { emptyLedger, ledgerSchema, ownLedger, type Ledger } from './claim-ledger.ts';

/** Where the ledger lives, relative to the project root. */
export const LEDGER_FILE = 'content/claims.ledger.json';

const SPEC: LedgerFileSpec<Ledger> = {
  file: LEDGER_FILE,
  code: 'bad-ledger',
  label: 'claim ledger',
  schema: ledgerSchema,
  empty: emptyLedger,
  loss: 'would break every permalink issued so far',
  trusted: ownLedger,
};

/**
 * The committed ledger; an empty one before the first build. Throws a
 * ContentError naming the fix when it is damaged. A file `isOwn` knows as
 * the last build's own (its digest) is not validated again: at 79,000 ids
 * that took 1.1 s of a warm build. A curator's edit changes the digest, so
 * an edited ledger is always checked, with the same messages.
 */
export function readLedger(root: string, isOwn?: (bytes: Uint8Array) => boolean): Promise<Ledger> {
  return readLedgerFile(root, SPEC, isOwn);
}

/** Writes the ledger's text (`serializeLedger`), or its UTF-8 bytes, when it differs from what is on disk; returns whether it wrote. */
export function writeLedger(root: string, data: string | Uint8Array): Promise<boolean> {
  return writeLedgerFile(root, LEDGER_FILE, data);
}
