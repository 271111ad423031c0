/**
 * Reading and writing `content/articles.ledger.json`. The build writes it
 * like a lockfile; commit it with the content so that every published
 * article address keeps answering.
 */
import { readLedgerFile, writeLedgerFile, type LedgerFileSpec } from '../content/ledger-file-io.ts';
import { addressLedgerSchema, emptyAddressLedger, serializeAddressLedger, type AddressLedger } from './address-ledger.ts';

/** Where the ledger lives, relative to the project root. */
export const ADDRESS_LEDGER_FILE = 'content/articles.ledger.json';

const SPEC: LedgerFileSpec<AddressLedger> = {
  file: ADDRESS_LEDGER_FILE,
  code: 'bad-address-ledger',
  label: 'address ledger',
  schema: addressLedgerSchema,
  empty: emptyAddressLedger,
  loss: 'would let article addresses move with their titles',
};

/** The committed ledger; an empty one before the first build. Throws a ContentError naming the fix when it is damaged. */
export function readAddressLedger(root: string): Promise<AddressLedger> {
  return readLedgerFile(root, SPEC);
}

/** Writes the ledger when it differs from what is on disk; returns whether it wrote. */
export function writeAddressLedger(root: string, ledger: AddressLedger): Promise<boolean> {
  return writeLedgerFile(root, ADDRESS_LEDGER_FILE, serializeAddressLedger(ledger));
}
