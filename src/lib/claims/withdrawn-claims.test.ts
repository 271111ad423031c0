import { describe, expect, it } from 'vitest';
import type { LedgerEntry } from './claim-ledger.ts';
import { withdrawnClaimsByArticle } from './withdrawn-claims.ts';

const entry = (article: string, text: string, more: Partial<LedgerEntry>): LedgerEntry => ({ article, text, issued: '2026-11-01', status: 'live', ...more });

describe('withdrawnClaimsByArticle', () => {
  it('lists the article’s withdrawn ids, latest first, and nothing live, moved or foreign', () => {
    const ledger = {
      version: 1 as const,
      claims: {
        c0000000001: entry('a', 'Lebt.', {}),
        c0000000002: entry('a', 'Verschoben.', { status: 'moved', successor: 'c0000000001' }),
        c0000000003: entry('a', 'Früh gestrichen.', { status: 'withdrawn', withdrawn: '2026-11-02' }),
        c0000000004: entry('a', 'Spät gestrichen.', { status: 'withdrawn', withdrawn: '2026-11-09' }),
        c0000000005: entry('b', 'Anderer Artikel.', { status: 'withdrawn', withdrawn: '2026-11-09' }),
      },
    };
    const byArticle = withdrawnClaimsByArticle(ledger);
    expect(byArticle.get('a')).toEqual([
      { id: 'c0000000004', text: 'Spät gestrichen.', withdrawn: '2026-11-09' },
      { id: 'c0000000003', text: 'Früh gestrichen.', withdrawn: '2026-11-02' },
    ]);
    expect(byArticle.get('b')).toEqual([{ id: 'c0000000005', text: 'Anderer Artikel.', withdrawn: '2026-11-09' }]);
    expect(byArticle.has('c')).toBe(false);
  });
});
