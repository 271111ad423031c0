import { describe, expect, it } from 'vitest';
import type { AddressLedger } from './address-ledger.ts';
import { formerAddresses, redirectsFile } from './former-addresses.ts';

const entry = { issued: '2026-01-01' };
const LEDGER: AddressLedger = {
  version: 1,
  addresses: {
    alt: { ...entry, article: '001_a', title: 'A alt', status: 'renamed', successor: 'mitte' },
    mitte: { ...entry, article: '001_a', title: 'A mitte', status: 'renamed', successor: 'neu' },
    neu: { ...entry, article: '001_a', title: 'A', status: 'live' },
    weg: { ...entry, article: '002_b', title: 'B', status: 'withdrawn', withdrawn: '2026-02-01' },
    'weg-alt': { ...entry, article: '002_b', title: 'B alt', status: 'renamed', successor: 'weg' },
    vergeben: { ...entry, article: '003_c', title: 'C', status: 'withdrawn', withdrawn: '2026-02-01' },
  },
};

describe('formerAddresses', () => {
  it('redirects every rename straight to the live address, and gives deleted articles a tombstone', () => {
    expect(formerAddresses(LEDGER, new Set(['neu', 'vergeben']))).toEqual([
      { kind: 'redirect', slug: 'alt', target: 'neu', title: 'A' },
      { kind: 'redirect', slug: 'mitte', target: 'neu', title: 'A' },
      { kind: 'withdrawn', slug: 'weg', title: 'B', withdrawn: '2026-02-01' },
      // A rename of an article deleted since: its tombstone, not a redirect to one.
      { kind: 'withdrawn', slug: 'weg-alt', title: 'B', withdrawn: '2026-02-01' },
    ]);
  });
});

describe('redirectsFile', () => {
  it('lists the reading and original page of each rename under the base, permanently', () => {
    expect(redirectsFile(formerAddresses(LEDGER, new Set(['neu'])), '/dossier/')).toBe(
      [
        '/dossier/articles/alt/ /dossier/articles/neu/ 301',
        '/dossier/articles/alt/original/ /dossier/articles/neu/original/ 301',
        '/dossier/articles/mitte/ /dossier/articles/neu/ 301',
        '/dossier/articles/mitte/original/ /dossier/articles/neu/original/ 301',
        '',
      ].join('\n'),
    );
    expect(redirectsFile([], '/')).toBe('');
  });
});
