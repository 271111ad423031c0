/**
 * What the content sync made and the pages of the same process need again:
 * the claim ledger it reconciled, and each article's details; and, in a
 * build, the ledger for the publication integration to write once the site
 * is built.
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
const TO_WRITE = Symbol.for('dossier.ledger-to-write');

/** A reconciled ledger a build publishes, with one line about what changed (see `describeChanges`). */
export interface LedgerToWrite {
  ledger: Ledger;
  changes: string;
}

type Holder = {
  [LEDGER]?: { version: string; ledger: Ledger };
  [DETAILS]?: ReadonlyMap<string, ArticleDetails>;
  [TO_WRITE]?: LedgerToWrite | undefined;
};

/** The version of `file` below `projectRoot`: its time and size, or `absent`; what the pages' memos of content files are keyed by. */
export function fileVersion(projectRoot: string, file: string): Promise<string> {
  return stat(join(projectRoot, file)).then((s) => `${s.mtimeMs}:${s.size}`, () => 'absent');
}

/** The version of the ledger file below `projectRoot` (see {@link fileVersion}). */
export function ledgerVersion(projectRoot: string): Promise<string> {
  return fileVersion(projectRoot, LEDGER_FILE);
}

/**
 * Hands over `ledger`, reconciled against the ledger file below
 * `projectRoot` as it is now, for the pages; the file is written, if at
 * all, only after the pages (see `handOverLedgerToWrite`).
 */
export async function handOverLedger(projectRoot: string, ledger: Ledger): Promise<void> {
  (globalThis as Holder)[LEDGER] = { version: await ledgerVersion(projectRoot), ledger };
}

/** Hands over the ledger a build publishes (`undefined`: nothing to write, as in `astro dev`). */
export function handOverLedgerToWrite(toWrite: LedgerToWrite | undefined): void {
  (globalThis as Holder)[TO_WRITE] = toWrite;
}

/** The ledger the sync handed over for writing, once: a second build in the process hands over its own. */
export function takeLedgerToWrite(): LedgerToWrite | undefined {
  const holder = globalThis as Holder;
  const toWrite = holder[TO_WRITE];
  holder[TO_WRITE] = undefined;
  return toWrite;
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
