/**
 * Versions of content files by their time and size: what memos of a file
 * read once per version are keyed by (the pages read the ledgers and the
 * registry once per build, and again in `astro dev` after an edit).
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LEDGER_FILE } from '../claims/ledger-file.ts';

/** The version of `file` below `projectRoot`: its time and size, or `absent`. */
export function fileVersion(projectRoot: string, file: string): Promise<string> {
  return stat(join(projectRoot, file)).then((s) => `${s.mtimeMs}:${s.size}`, () => 'absent');
}

/** The version of the claim ledger file below `projectRoot` (see {@link fileVersion}). */
export function ledgerVersion(projectRoot: string): Promise<string> {
  return fileVersion(projectRoot, LEDGER_FILE);
}
