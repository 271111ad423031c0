/**
 * The claim ledger the content sync reconciled and wrote, handed to the
 * pages of the same process: they would otherwise parse and validate the
 * file again (0.6 s at 79,000 claims). The sync runs from the config and
 * the pages from the prerender bundle, two copies of every module; the
 * ledger is handed over on `globalThis`, which both share.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ledger } from '../lib/claims/claim-ledger.ts';
import { LEDGER_FILE } from '../lib/claims/ledger-file.ts';

const HANDOVER = Symbol.for('dossier.claim-ledger');

type Holder = { [HANDOVER]?: { version: string; ledger: Ledger } };

/** The version of the ledger file below `projectRoot`: its time and size, or `absent`. */
export function ledgerVersion(projectRoot: string): Promise<string> {
  return stat(join(projectRoot, LEDGER_FILE)).then((s) => `${s.mtimeMs}:${s.size}`, () => 'absent');
}

/** Hands over `ledger`, as just written to (or found in) the ledger file below `projectRoot`. */
export async function handOverLedger(projectRoot: string, ledger: Ledger): Promise<void> {
  (globalThis as Holder)[HANDOVER] = { version: await ledgerVersion(projectRoot), ledger };
}

/** The ledger handed over for the file at `version`; `undefined` when the file has changed since, or none was. */
export function handedOverLedger(version: string): Ledger | undefined {
  const handed = (globalThis as Holder)[HANDOVER];
  return handed?.version === version ? handed.ledger : undefined;
}
