/**
 * Reading and writing `content/claims.ledger.json`. The build writes it like
 * a lockfile; commit it with the content so that every published permalink
 * keeps resolving.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContentError } from '../content/content-error.ts';
import { emptyLedger, ledgerSchema, serializeLedger, type Ledger } from './claim-ledger.ts';

/** Where the ledger lives, relative to the project root. */
export const LEDGER_FILE = 'content/claims.ledger.json';

/** The committed ledger; an empty one before the first build. Throws a ContentError naming the fix when it is damaged. */
export async function readLedger(root: string): Promise<Ledger> {
  let text: string;
  try {
    text = await readFile(join(root, LEDGER_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyLedger();
    throw error;
  }
  const fix = `restore it from version control (git checkout -- ${LEDGER_FILE}); deleting it would break every permalink issued so far`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ContentError({ file: LEDGER_FILE, code: 'bad-ledger', detail: `The claim ledger is not valid JSON (${(error as Error).message}).`, fix });
  }
  const parsed = ledgerSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ContentError({ file: LEDGER_FILE, code: 'bad-ledger', detail: `The claim ledger is damaged at ${issue.path.join('.') || 'the top level'}: ${issue.message}.`, fix });
  }
  return parsed.data;
}

/** Writes the ledger when it differs from what is on disk; returns whether it wrote. */
export async function writeLedger(root: string, ledger: Ledger): Promise<boolean> {
  const text = serializeLedger(ledger);
  const path = join(root, LEDGER_FILE);
  const old = await readFile(path, 'utf8').catch(() => '');
  if (old === text) return false;
  await writeFile(path, text, 'utf8');
  return true;
}
