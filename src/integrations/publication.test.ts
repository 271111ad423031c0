import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyLedger, serializeLedger, type Ledger } from '../lib/claims/claim-ledger.ts';
import { LEDGER_FILE } from '../lib/claims/ledger-file.ts';
import { publicationMode } from '../loaders/publication-mode.ts';
import { handOverLedgerToWrite } from '../loaders/sync-handover.ts';
import { publication } from './publication.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-publication-'));
beforeEach(() => mkdirSync(join(root, 'content')));
afterEach(() => rmSync(join(root, 'content'), { recursive: true, force: true }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Hooks = Record<string, (options: unknown) => unknown>;

const ledger: Ledger = {
  version: 1,
  claims: { c0000000000: { article: '005_p', text: 'Ein Satz.', issued: '2027-01-04', status: 'live' } },
};

/** Runs the integration as Astro does for `command`, with the content sync handing over `toWrite` in between. */
async function run(command: string, toWrite: Ledger | undefined): Promise<string[]> {
  const hooks = publication().hooks as Hooks;
  const lines: string[] = [];
  await hooks['astro:config:setup']!({ command });
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`) } });
  handOverLedgerToWrite(toWrite && { ledger: toWrite, changes: '1 new, 0 moved, 0 withdrawn, 0 restored' });
  if (command === 'build') await hooks['astro:build:done']!({ logger: { info: (line: string) => lines.push(line) } });
  return lines;
}

describe('publication', () => {
  it('previews in astro dev: drafts shown, and no build step writes the ledger', async () => {
    expect(await run('dev', undefined)).toEqual([]);
    expect(publicationMode()).toBe('preview');
    expect(existsSync(join(root, LEDGER_FILE))).toBe(false);
  });

  it('writes the ledger a build handed over once the build is done, and says so', async () => {
    expect(await run('build', ledger)).toEqual([`${LEDGER_FILE} updated (1 new, 0 moved, 0 withdrawn, 0 restored): commit it`]);
    expect(publicationMode()).toBe('publish');
    expect(readFileSync(join(root, LEDGER_FILE), 'utf8')).toBe(serializeLedger(ledger));
    // The same ledger again: nothing to write, nothing to say.
    expect(await run('build', ledger)).toEqual([]);
  });

  it('publishes in astro sync too (drafts left out of the types), but writes nothing', async () => {
    await run('sync', emptyLedger());
    expect(publicationMode()).toBe('publish');
    expect(existsSync(join(root, LEDGER_FILE))).toBe(false);
  });
});
