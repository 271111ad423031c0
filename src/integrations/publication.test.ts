import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyLedger, serializeLedger, type Ledger } from '../lib/claims/claim-ledger.ts';
import { LEDGER_FILE } from '../lib/claims/ledger-file.ts';
import { handOverSync, publicationMode, setPublicationMode } from '../build/handover.ts';
import { modeOfCommand, publishLedger } from './publication.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-publication-'));
beforeEach(() => mkdirSync(join(root, 'content')));
afterEach(() => rmSync(join(root, 'content'), { recursive: true, force: true }));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const ledger: Ledger = {
  version: 1,
  claims: { c0000000000: { article: '005_p', text: 'Ein Satz.', issued: '2027-01-04', status: 'live' } },
};

/** Runs publication as `dossier()` does for `command`, with the content sync handing over `toWrite` in between. */
async function run(command: string, toWrite: Ledger | undefined): Promise<string[]> {
  const lines: string[] = [];
  setPublicationMode(modeOfCommand(command));
  const changes = '1 new, 0 moved, 0 withdrawn, 0 restored';
  const facts = { articles: 1, claims: 1, entities: 0, warnings: 0 };
  handOverSync({ ledger: { version: 'absent', ledger: emptyLedger() }, details: new Map(), toWrite: toWrite && { bytes: Buffer.from(serializeLedger(toWrite)), changes }, facts });
  if (command === 'build') await publishLedger(root, { info: (line: string) => lines.push(line) });
  return lines;
}

describe('publication', () => {
  it('previews in astro dev only: a build, sync or check publishes', () => {
    expect(modeOfCommand('dev')).toBe('preview');
    for (const command of ['build', 'sync', 'preview']) expect(modeOfCommand(command)).toBe('publish');
  });

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

  it('writes a handed-over ledger once: a second build in the process hands over its own', async () => {
    await run('dev', undefined);
    handOverSync({ ledger: { version: 'absent', ledger }, details: new Map(), toWrite: { bytes: Buffer.from(serializeLedger(ledger)), changes: '1 new' }, facts: { articles: 1, claims: 1, entities: 0, warnings: 0 } });
    const lines: string[] = [];
    await publishLedger(root, { info: (line) => lines.push(line) });
    await publishLedger(root, { info: (line) => lines.push(line) });
    expect(lines).toEqual([`${LEDGER_FILE} updated (1 new): commit it`]);
  });

  it('publishes in astro sync too (drafts left out of the types), but writes nothing', async () => {
    await run('sync', emptyLedger());
    expect(publicationMode()).toBe('publish');
    expect(existsSync(join(root, LEDGER_FILE))).toBe(false);
  });
});
