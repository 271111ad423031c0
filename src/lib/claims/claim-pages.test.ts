import { describe, expect, it } from 'vitest';
import type { Ledger, LedgerEntry } from './claim-ledger.ts';
import { claimPageIds, claimPages, type ClaimArticle } from './claim-pages.ts';

const article: ClaimArticle = {
  slug: 'telefonat',
  file: 'content/articles/004_bd2a967ae327f507.txt',
  language: 'de',
  title: { value: 'Telefonat' },
  outlet: { value: 'RT DE' },
  published: { value: '2021-12-29' },
  claims: [
    { id: 'c0000000001', text: 'Erster Satz.' },
    { id: 'c0000000002', text: 'Zweiter Satz.' },
    { id: 'c0000000003', text: 'Dritter Satz.' },
  ],
};

const entry = (text: string, more: Partial<LedgerEntry> = {}): LedgerEntry => ({
  article: '004_bd2a967ae327f507',
  text,
  issued: '2026-11-01',
  status: 'live',
  ...more,
});

const ledger: Ledger = {
  version: 1,
  claims: {
    c0000000001: entry('Erster Satz.'),
    c0000000002: entry('Zweiter Satz.'),
    c0000000003: entry('Dritter Satz.'),
    c000000000a: entry('Zweiter Saz.', { status: 'moved', successor: 'c000000000b' }),
    c000000000b: entry('Zweiter Satz!', { status: 'moved', successor: 'c0000000002' }),
    c000000000c: entry('Gestrichener Satz.', { status: 'withdrawn', withdrawn: '2026-11-20' }),
    c000000000d: entry('Aus einem gelöschten Artikel.', { article: '009_gone', status: 'withdrawn', withdrawn: '2026-11-21' }),
    c000000000e: entry('Spur ins Leere.', { status: 'moved', successor: 'c000000000f' }),
  },
};

describe('claimPages', () => {
  const pages = claimPages([article], ledger);
  const page = (id: string) => pages.find((p) => p.id === id);

  it('gives every live claim and every ledger id a page, sorted by id', () => {
    expect(pages.map((p) => p.id)).toEqual([...Object.keys(ledger.claims)].sort());
  });

  it('shows a live claim with the sentences around it, when there are any', () => {
    expect(page('c0000000002')).toMatchObject({ kind: 'live', text: 'Zweiter Satz.', before: 'Erster Satz.', after: 'Dritter Satz.', article });
    expect(page('c0000000001')).not.toHaveProperty('before');
    expect(page('c0000000003')).not.toHaveProperty('after');
  });

  it('leads a moved id, over several hops, to the live claim with its former text', () => {
    expect(page('c000000000a')).toMatchObject({ kind: 'moved', formerText: 'Zweiter Saz.', current: { id: 'c0000000002', text: 'Zweiter Satz.', before: 'Erster Satz.' } });
  });

  it('gives a withdrawn id a tombstone with its date and its article while that exists', () => {
    expect(page('c000000000c')).toEqual({ kind: 'withdrawn', id: 'c000000000c', formerText: 'Gestrichener Satz.', withdrawn: '2026-11-20', article });
    expect(page('c000000000d')).toEqual({ kind: 'withdrawn', id: 'c000000000d', formerText: 'Aus einem gelöschten Artikel.', withdrawn: '2026-11-21' });
  });

  it('gives a tombstone to an id whose trail ends nowhere live, rather than no page', () => {
    expect(page('c000000000e')).toMatchObject({ kind: 'withdrawn', formerText: 'Spur ins Leere.', article });
    expect(page('c000000000e')).not.toHaveProperty('withdrawn');
  });

  it('gives live claims a page even before the ledger records them', () => {
    expect(claimPages([article], { version: 1, claims: {} }).map((p) => p.kind)).toEqual(['live', 'live', 'live']);
  });
});

describe('claimPageIds', () => {
  it('names the pages claimPages makes, without making them', () => {
    const withNew: ClaimArticle = { ...article, claims: [...article.claims, { id: 'c0000000004', text: 'Neu, noch nicht im Register.' }] };
    const ids = (articles: ClaimArticle[]) => claimPageIds(articles.flatMap((a) => a.claims.map((c) => c.id)), ledger);
    expect([...ids([withNew])].sort()).toEqual(claimPages([withNew], ledger).map((p) => p.id));
    expect(ids([]).size).toBe(Object.keys(ledger.claims).length);
  });
});
