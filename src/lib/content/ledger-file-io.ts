/**
 * Reading and writing a ledger kept in `content/` (the claim ledger, the
 * address ledger). The build writes each like a lockfile, and a damaged one
 * is a curator's problem with a fix, never a crash: deleting it would
 * break what it keeps.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { ContentError } from './content-error.ts';

/** What distinguishes one ledger file from another. */
export interface LedgerFileSpec<T> {
  /** Relative to the project root, e.g. `content/claims.ledger.json`. */
  file: string;
  /** Problem code for a damaged file, e.g. `bad-ledger`. */
  code: string;
  /** How messages name it, e.g. `claim ledger`. */
  label: string;
  schema: z.ZodType<T>;
  /** The ledger before the first build. */
  empty: () => T;
  /** What deleting it would break, for the fix, e.g. `would break every permalink issued so far`. */
  loss: string;
}

/** The committed ledger; an empty one before the first build. Throws a ContentError naming the fix when it is damaged. */
export async function readLedgerFile<T>(root: string, spec: LedgerFileSpec<T>): Promise<T> {
  let text: string;
  try {
    text = await readFile(join(root, spec.file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return spec.empty();
    throw error;
  }
  const fix = `restore it from version control (git checkout -- ${spec.file}); deleting it ${spec.loss}`;
  const damaged = (detail: string) => new ContentError({ file: spec.file, code: spec.code, detail, fix });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw damaged(`The ${spec.label} is not valid JSON (${(error as Error).message}).`);
  }
  const parsed = spec.schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw damaged(`The ${spec.label} is damaged at ${issue.path.join('.') || 'the top level'}: ${issue.message}.`);
  }
  return parsed.data;
}

/** Writes a ledger's text when it differs from what is on disk; returns whether it wrote. */
export async function writeLedgerFile(root: string, file: string, text: string): Promise<boolean> {
  const path = join(root, file);
  const old = await readFile(path, 'utf8').catch(() => '');
  if (old === text) return false;
  await writeFile(path, text, 'utf8');
  return true;
}
