import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cleanArticle } from '../clean/clean-article.ts';
import { emptyLedger, serializeLedger } from './claim-ledger.ts';
import { articleKey, draftClaims } from './draft-claims.ts';
import { LEDGER_FILE, readLedger, writeLedger } from './ledger-file.ts';
import { publishClaims } from './publish-claims.ts';

const seed = (name: string) => readFileSync(new URL(`../../../test-fixtures/seed-dossier/content/articles/${name}`, import.meta.url), 'utf8');

describe('draftClaims', () => {
  it('makes every sentence of every paragraph a claim, and none of the subheading', () => {
    const { blocks } = cleanArticle(seed('004_bd2a967ae327f507.txt'));
    const drafts = draftClaims(blocks);
    const heading = blocks.findIndex((b) => b.kind === 'heading');
    expect(drafts.some((d) => d.block === heading)).toBe(false);
    for (const d of drafts) expect(blocks[d.block]!.text.slice(d.start, d.end)).toBe(d.text);
    const sentencesPerParagraph = blocks.map((b, i) => drafts.filter((d) => d.block === i).map((d) => d.text).join(' '));
    blocks.forEach((b, i) => b.kind === 'paragraph' && expect(sentencesPerParagraph[i]).toBe(b.text));
  });

  it('makes the sentences of list items and quotes of a saved page claims too: they are article text', () => {
    const blocks = [
      { kind: 'heading', text: 'Die Forderungen', start: 0, end: 15 },
      { kind: 'item', text: 'Mehr Personal für die Pflege.', start: 16, end: 45 },
      { kind: 'quote', text: 'Wir fordern Klarheit. Jetzt.', start: 46, end: 74 },
    ] as const;
    expect(draftClaims(blocks).map((d) => [d.block, d.text])).toEqual([
      [1, 'Mehr Personal für die Pflege.'],
      [2, 'Wir fordern Klarheit.'],
      [2, 'Jetzt.'],
    ]);
  });

  it('keys articles by file name, not by path or title', () => {
    expect(articleKey('content/articles/000_9b40cf4b3cb6ef87.txt')).toBe('000_9b40cf4b3cb6ef87');
  });
});

describe('publishClaims', () => {
  const drafts = (text: string) => draftClaims([{ kind: 'paragraph', text, start: 0, end: text.length }]);
  const v1 = drafts('Erster Satz über Ankara und die Gespräche dort. Zweiter Satz über Genf und das Treffen im Januar. Dritter Satz.');

  it('gives the same ids on a rebuild and records them in the ledger', () => {
    const a = publishClaims([{ article: 'a', drafts: v1 }], emptyLedger(), '2026-11-22');
    const b = publishClaims([{ article: 'a', drafts: v1 }], a.ledger, '2026-11-23');
    expect(b.claims.get('a')!.map((c) => c.id)).toEqual(a.claims.get('a')!.map((c) => c.id));
    expect(Object.keys(a.ledger.claims)).toHaveLength(3);
    expect(b.changes).toEqual([]);
  });

  it('attaches the old id of an edited sentence to its successor as an alias', () => {
    const a = publishClaims([{ article: 'a', drafts: v1 }], emptyLedger(), '2026-11-22');
    const oldId = a.claims.get('a')![1]!.id;
    const v2 = drafts('Erster Satz über Ankara und die Gespräche dort. Zweiter Satz über Genf und das Treffen im Februar. Dritter Satz.');
    const b = publishClaims([{ article: 'a', drafts: v2 }], a.ledger, '2026-11-23');
    expect(b.claims.get('a')![1]!.aliases).toEqual([oldId]);
    expect(b.changes.map((c) => c.kind).sort()).toEqual(['issued', 'moved']);
  });
});

describe('ledger file', () => {
  it('reads an absent ledger as empty, writes only on change, and names the file and fix when damaged', async () => {
    const root = mkdtempSync(join(tmpdir(), 'ledger-'));
    onTestFinished(() => rmSync(root, { recursive: true, force: true }));
    await mkdir(join(root, 'content'));
    expect(await readLedger(root)).toEqual(emptyLedger());
    const { ledger } = publishClaims([{ article: 'a', drafts: draftClaims([{ kind: 'paragraph', text: 'Ein Satz.', start: 0, end: 9 }]) }], emptyLedger(), '2026-11-22');
    expect(await writeLedger(root, serializeLedger(ledger))).toBe(true);
    expect(await writeLedger(root, serializeLedger(ledger))).toBe(false);
    expect(await readLedger(root)).toEqual(ledger);
    writeFileSync(join(root, LEDGER_FILE), '{"version": 1, "claims": {"nope": {}}}');
    await expect(readLedger(root)).rejects.toThrow(/claims\.ledger\.json.*damaged.*git checkout/s);
  });
});
