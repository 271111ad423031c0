/**
 * What the content sync made and the pages of the same process need again:
 * the claim ledger it reconciled and wrote, and each article's details.
 * The pages would otherwise read, parse and validate them again from disk
 * (at 5,000 articles: 0.6 s for the ledger, 0.8 s for the details). The
 * sync runs from the config and the pages from the prerender bundle, two
 * copies of every module; they share `globalThis`.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Ledger } from '../lib/claims/claim-ledger.ts';
import type { ArticleDetails } from './article-details.ts';
import { LEDGER_FILE } from '../lib/claims/ledger-file.ts';

const LEDGER = Symbol.for('dossier.claim-ledger');
const DETAILS = Symbol.for('dossier.article-details');

type Holder = { [LEDGER]?: { version: string; ledger: Ledger }; [DETAILS]?: ReadonlyMap<string, ArticleDetails> };

/** The version of the ledger file below `projectRoot`: its time and size, or `absent`. */
export function ledgerVersion(projectRoot: string): Promise<string> {
  return stat(join(projectRoot, LEDGER_FILE)).then((s) => `${s.mtimeMs}:${s.size}`, () => 'absent');
}

/** Hands over `ledger`, as just written to (or found in) the ledger file below `projectRoot`. */
export async function handOverLedger(projectRoot: string, ledger: Ledger): Promise<void> {
  (globalThis as Holder)[LEDGER] = { version: await ledgerVersion(projectRoot), ledger };
}

/** The ledger handed over for the file at `version`; `undefined` when the file has changed since, or none was. */
export function handedOverLedger(version: string): Ledger | undefined {
  const handed = (globalThis as Holder)[LEDGER];
  return handed?.version === version ? handed.ledger : undefined;
}

/**
 * Hands over this sync's details by key (the cache key of their JSON): each
 * is the very value whose JSON the article cache holds. Replaces the last
 * sync's, so `astro dev` does not keep every version.
 */
export function handOverDetails(details: ReadonlyMap<string, ArticleDetails>): void {
  (globalThis as Holder)[DETAILS] = details;
}

/** The details handed over under `key`, if the last sync made or reused them. */
export function handedOverDetails(key: string): ArticleDetails | undefined {
  return (globalThis as Holder)[DETAILS]?.get(key);
}
