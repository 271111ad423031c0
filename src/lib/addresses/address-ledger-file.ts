/**
 * Reading and writing `content/articles.ledger.json`. The build writes it
 * like a lockfile; commit it with the content so that every published
 * article address keeps answering.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentError } from '../content/content-error.ts';
import { addressLedgerSchema, emptyAddressLedger, serializeAddressLedger, type AddressLedger } from './address-ledger.ts';

/** Where the ledger lives, relative to the project root. */
export const ADDRESS_LEDGER_FILE = 'content/articles.ledger.json';

/** The committed ledger; an empty one before the first build. Throws a ContentError naming the fix when it is damaged. */
export async function readAddressLedger(root: string): Promise<AddressLedger> {
  let text: string;
  try {
    text = await readFile(join(root, ADDRESS_LEDGER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyAddressLedger();
    throw error;
  }
  const fix = `restore it from version control (git checkout -- ${ADDRESS_LEDGER_FILE}); deleting it would let article addresses move with their titles`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentError({ file: ADDRESS_LEDGER_FILE, code: 'bad-address-ledger', detail: `The address ledger is not valid JSON (${(error as Error).message}).`, fix });
  }
  const parsed = addressLedgerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError({
      file: ADDRESS_LEDGER_FILE,
      code: 'bad-address-ledger',
      detail: `The address ledger is damaged at ${issue.path.join('.') || 'the top level'}: ${issue.message}.`,
      fix,
    });
  }
  return parsed.data;
}

/** Writes the ledger when it differs from what is on disk; returns whether it wrote. */
export async function writeAddressLedger(root: string, ledger: AddressLedger): Promise<boolean> {
  const text = serializeAddressLedger(ledger);
  const path = join(root, ADDRESS_LEDGER_FILE);
  const old = await readFile(path, 'utf8').catch(() => '');
  if (old === text) return false;
  await writeFile(path, text, 'utf8');
  return true;
}
