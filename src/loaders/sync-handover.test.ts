import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emptyLedger } from '../lib/claims/claim-ledger.ts';
import { LEDGER_FILE } from '../lib/claims/ledger-file.ts';
import { handedOverDetails, handedOverLedger, handOverDetails, handOverLedger, handOverLedgerToWrite, ledgerVersion, takeLedgerToWrite } from './sync-handover.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-ledger-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('handOverLedger', () => {
  it('hands the ledger to pages for the file as written, and not once the file has changed', async () => {
    mkdirSync(join(root, 'content'));
    writeFileSync(join(root, LEDGER_FILE), '{"format":1,"claims":{}}\n');
    const ledger = emptyLedger();
    await handOverLedger(root, ledger);
    expect(handedOverLedger(await ledgerVersion(root))).toBe(ledger);
    writeFileSync(join(root, LEDGER_FILE), '{"format":1,"claims":{} }\n');
    expect(handedOverLedger(await ledgerVersion(root))).toBeUndefined();
  });

  it('hands a build\'s ledger to the writer once, and none from a preview', () => {
    const ledger = emptyLedger();
    handOverLedgerToWrite({ ledger, changes: '0 new' });
    expect(takeLedgerToWrite()).toEqual({ ledger, changes: '0 new' });
    expect(takeLedgerToWrite()).toBeUndefined();
    handOverLedgerToWrite({ ledger, changes: '0 new' });
    handOverLedgerToWrite(undefined);
    expect(takeLedgerToWrite()).toBeUndefined();
  });

  it('hands over the last sync\'s details only', () => {
    const details = { body: 'B', removals: [], blocks: [], claims: [], related: [], claimEntities: {} };
    handOverDetails(new Map([['k1', details]]));
    expect(handedOverDetails('k1')).toBe(details);
    handOverDetails(new Map([['k2', details]]));
    expect(handedOverDetails('k1')).toBeUndefined();
  });
});
