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
  /** The ledger from a file this code wrote, without validating it again: exactly what `schema` gives back for it. */
  trusted?: (json: unknown) => T;
}

/**
 * The committed ledger; an empty one before the first build. Throws a
 * ContentError naming the fix when it is damaged. A text `isOwn` recognises
 * (the very bytes the last build wrote) is not validated again, when the
 * spec knows how to take it as it is.
 */
export async function readLedgerFile<T>(root: string, spec: LedgerFileSpec<T>, isOwn?: (bytes: Uint8Array) => boolean): Promise<T> {
  let bytes: Buffer;
  try {
    // Bytes first: hashing 18 MB of them takes 10 ms, encoding the text again to hash it 100 ms.
    bytes = await readFile(join(root, spec.file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return spec.empty();
    throw error;
  }
  const text = bytes.toString('utf8');
  const fix = `restore it from version control (git checkout -- ${spec.file}); deleting it ${spec.loss}`;
  const damaged = (detail: string) => new ContentError({ file: spec.file, code: spec.code, detail, fix });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw damaged(`The ${spec.label} is not valid JSON (${(error as Error).message}).`);
  }
  if (spec.trusted && isOwn?.(bytes)) return spec.trusted(json);
  const parsed = spec.schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw damaged(`The ${spec.label} is damaged at ${issue.path.join('.') || 'the top level'}: ${issue.message}.`);
  }
  return parsed.data;
}

/** Writes a ledger's text (or its UTF-8 bytes) when it differs from what is on disk; returns whether it wrote. */
export async function writeLedgerFile(root: string, file: string, data: string | Uint8Array): Promise<boolean> {
  const path = join(root, file);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const old = await readFile(path).catch(() => undefined);
  if (old?.equals(bytes)) return false;
  await writeFile(path, bytes);
  return true;
}
