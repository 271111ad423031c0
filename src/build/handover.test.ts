import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyLedger, serializeLedger, type Ledger } from '../lib/claims/claim-ledger.ts';
import { LEDGER_FILE } from '../lib/claims/ledger-file.ts';
import { ledgerVersion } from '../lib/content/file-version.ts';
import {
  announcePages,
  handedOverDetails,
  handedOverLedger,
  handOverSync,
  onPagesAnnounced,
  queuedJobAt,
  queuePages,
  takeLedgerToWrite,
  takePageJobs,
  type SyncResult,
} from './handover.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-handover-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const facts = { articles: 1, claims: 0, entities: 0, warnings: 0 };
const details = { body: 'B', removals: [], blocks: [], claims: [], related: [], claimEntities: {} };

function sync(ledger: Ledger, version: string, more: Partial<SyncResult> = {}): SyncResult {
  return { ledger: { version, ledger }, details: new Map(), toWrite: undefined, facts, ...more };
}

describe('the sync result', () => {
  it('gives pages the ledger for the file as it was when the sync ran, and not once the file has changed', async () => {
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, LEDGER_FILE), '{"format":1,"claims":{}}\n');
    const ledger = emptyLedger();
    handOverSync(sync(ledger, await ledgerVersion(root)));
    expect(handedOverLedger(await ledgerVersion(root))).toBe(ledger);
    writeFileSync(join(root, LEDGER_FILE), '{"format":1,"claims":{} }\n');
    expect(handedOverLedger(await ledgerVersion(root))).toBeUndefined();
  });

  it("gives a build's ledger to the writer once, and none from a preview", () => {
    const ledger = emptyLedger();
    handOverSync(sync(ledger, 'v', { toWrite: { bytes: Buffer.from(serializeLedger(ledger)), changes: '0 new' } }));
    expect(takeLedgerToWrite()).toEqual({ bytes: Buffer.from(serializeLedger(ledger)), changes: '0 new' });
    expect(takeLedgerToWrite()).toBeUndefined();
    handOverSync(sync(ledger, 'v', { toWrite: undefined }));
    expect(takeLedgerToWrite()).toBeUndefined();
  });

  it("holds the last sync's details only", () => {
    handOverSync(sync(emptyLedger(), 'v', { details: new Map([['k1', details]]) }));
    expect(handedOverDetails('k1')).toBe(details);
    handOverSync(sync(emptyLedger(), 'v', { details: new Map([['k2', details]]) }));
    expect(handedOverDetails('k1')).toBeUndefined();
  });
});

describe('page jobs', () => {
  it('finds the job whose frame Astro renders, below any base, and empties the queue when taken', () => {
    const job = { kind: 'claim', frame: 'c/_frame/index.html', pages: () => [] };
    queuePages(job);
    expect(queuedJobAt('/dossier/c/_frame/')).toBe(job);
    expect(queuedJobAt('/dossier/articles/_frame/')).toBeUndefined();
    expect(takePageJobs()).toEqual([job]);
    expect(queuedJobAt('/c/_frame/')).toBeUndefined();
  });

  it('tells the writer of announced pages only while it listens', () => {
    const heard: string[] = [];
    onPagesAnnounced((paths) => heard.push(...paths));
    announcePages(['c/a/']);
    onPagesAnnounced(undefined);
    announcePages(['c/b/']);
    expect(heard).toEqual(['c/a/']);
  });
});
