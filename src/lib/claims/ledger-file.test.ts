/**
 * Reading the claim ledger: a file the last build wrote is taken without
 * validating it again, and gives exactly what validating gives; any other
 * bytes are validated, with the curator's message.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SEED_ROOT, tempProject } from '../../test-support/temp-project.ts';
import { ContentError } from '../content/content-error.ts';
import { serializeLedger } from './claim-ledger.ts';
import { articleKey } from './draft-claims.ts';
import { LEDGER_FILE, readLedger, writeLedger } from './ledger-file.ts';
import { publishClaims } from './publish-claims.ts';

const project = await tempProject();
afterAll(() => project.dispose());

const seedText = await readFile(join(SEED_ROOT, LEDGER_FILE), 'utf8');
const validated = await readLedger(SEED_ROOT);
const own = await readLedger(SEED_ROOT, (bytes) => Buffer.from(bytes).toString('utf8') === seedText);

describe('readLedger', () => {
  it('takes its own file as validating takes it, field order included', () => {
    expect(JSON.stringify(own)).toBe(JSON.stringify(validated));
    // The file's live entries list `issued` before `before`; validating puts the fields in the schema's order.
    expect(JSON.stringify(JSON.parse(seedText))).not.toBe(JSON.stringify(validated));
  });

  it('writes the same next ledger from its own file as from a validated one when a sentence moves', () => {
    // The first report's first sentence reworded: its id moves to the new wording.
    const article = articleKey('000_9b40cf4b3cb6ef87.txt');
    const [id, entry] = Object.entries(validated.claims).find(([, e]) => e.article === article && e.status === 'live')!;
    const drafts = [{ block: 0, start: 0, end: 0, text: `${entry.text.replace(/\.$/, '')}, wie es hieß.` }];
    const next = (ledger: typeof validated) => serializeLedger(publishClaims([{ article, drafts }], ledger, '2027-01-05').ledger);
    expect(next(own)).toBe(next(validated));
    expect(next(own)).toMatch(new RegExp(`"${id}": \\{[^\\n]*"status":"moved"`));
  });

  it('validates any other bytes, and tells the curator what is damaged', async () => {
    const damaged = seedText.replace('"status":"live"', '"status":"alive"');
    await writeLedger(project.root, damaged);
    const reading = readLedger(project.root, (bytes) => Buffer.from(bytes).toString('utf8') === seedText);
    await expect(reading).rejects.toBeInstanceOf(ContentError);
    await expect(reading).rejects.toThrow(/damaged at claims\.c\w+\.status/);
  });
});
