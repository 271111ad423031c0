import { describe, expect, it } from 'vitest';
import { emptyAddressLedger, followAddress, type AddressLedger } from './address-ledger.ts';
import { addressLedgerProblems, assignAddresses, type AddressWish } from './assign-addresses.ts';

function wish(article: string, slug: string, pinned = false, title = slug): AddressWish {
  return { file: `content/articles/${article}.txt`, metaFile: `content/articles/${article}.meta.yaml`, article, title, slug, pinned };
}

/** The ledger after publishing `rounds` of wishes one build after another, a day apart. */
function publish(...rounds: AddressWish[][]) {
  let ledger: AddressLedger = emptyAddressLedger();
  let last: ReturnType<typeof assignAddresses> | undefined;
  rounds.forEach((wishes, day) => {
    last = assignAddresses(wishes, ledger, `2026-01-0${day + 1}`);
    expect(last.problems).toEqual([]);
    ledger = last.ledger;
  });
  return last!;
}

describe('assignAddresses', () => {
  it('lets drafts ask last: a draft, even one pinning a slug, never moves a published article\'s address', () => {
    const draft = (article: string, slug: string, pinned = false): AddressWish => ({ ...wish(article, slug, pinned), draft: true });
    // The draft comes first by file name: without drafts asking last it would take the bare slug.
    const derived = assignAddresses([draft('000_a', 'gipfel'), wish('001_b', 'gipfel'), wish('002_c', 'gipfel')], emptyAddressLedger(), '2026-01-01');
    expect(derived.slugs).toEqual(['gipfel-3', 'gipfel', 'gipfel-2']);
    expect(derived.problems).toEqual([]);
    const pinned = assignAddresses([draft('000_a', 'gipfel', true), wish('001_b', 'gipfel')], emptyAddressLedger(), '2026-01-01');
    expect(pinned.slugs[1]).toBe('gipfel');
    expect(pinned.problems).toMatchObject([{ file: 'content/articles/000_a.meta.yaml', code: 'duplicate-slug' }]);
  });

  it('fixes an article\'s address when first published: a later title does not move it', () => {
    const first = publish([wish('001_a', 'gespraeche-in-ankara')]);
    expect(first.slugs).toEqual(['gespraeche-in-ankara']);
    expect(first.changes).toEqual([{ kind: 'new', slug: 'gespraeche-in-ankara', article: '001_a' }]);
    const later = publish([wish('001_a', 'gespraeche-in-ankara')], [wish('001_a', 'treffen-in-ankara', false, 'Treffen in Ankara')]);
    expect(later.slugs).toEqual(['gespraeche-in-ankara']);
    expect(later.changes).toEqual([]);
    // The ledger keeps the current title (for a tombstone) and the first date.
    expect(later.ledger.addresses['gespraeche-in-ankara']).toEqual({ article: '001_a', title: 'Treffen in Ankara', issued: '2026-01-01', status: 'live' });
  });

  it('renames on purpose with `slug:`: the old address redirects to the new one, through every earlier rename', () => {
    const { slugs, ledger, changes } = publish([wish('001_a', 'alt')], [wish('001_a', 'mitte', true)], [wish('001_a', 'neu', true)]);
    expect(slugs).toEqual(['neu']);
    expect(changes).toEqual([{ kind: 'renamed', from: 'mitte', to: 'neu', article: '001_a' }]);
    expect(followAddress(ledger, 'alt')).toMatchObject({ ok: true, slug: 'neu' });
    expect(ledger.addresses.alt).toMatchObject({ status: 'renamed', successor: 'mitte' });
  });

  it('renames back to an old address without a loop', () => {
    const { ledger } = publish([wish('001_a', 'alt')], [wish('001_a', 'neu', true)], [wish('001_a', 'alt', true)]);
    expect(ledger.addresses.alt).toMatchObject({ status: 'live' });
    expect(ledger.addresses.neu).toMatchObject({ status: 'renamed', successor: 'alt' });
    expect(addressLedgerProblems(ledger)).toEqual([]);
  });

  it('withdraws the address of a deleted article, keeping its title; a restored article gets it back', () => {
    const gone = publish([wish('001_a', 'a', false, 'Titel A'), wish('002_b', 'b')], [wish('002_b', 'b')]);
    expect(gone.changes).toEqual([{ kind: 'withdrawn', slug: 'a', article: '001_a', title: 'Titel A' }]);
    expect(gone.ledger.addresses.a).toEqual({ article: '001_a', title: 'Titel A', issued: '2026-01-01', status: 'withdrawn', withdrawn: '2026-01-02' });
    const back = assignAddresses([wish('001_a', 'a'), wish('002_b', 'b')], gone.ledger, '2026-01-05');
    expect(back.ledger.addresses.a).toEqual({ article: '001_a', title: 'a', issued: '2026-01-01', status: 'live' });
  });

  it('keeps new articles off addresses that redirect, but lets one take a withdrawn article\'s', () => {
    const before = publish([wish('001_a', 'x'), wish('002_b', 'y')], [wish('001_a', 'x-neu', true), wish('002_b', 'y')], [wish('001_a', 'x-neu', true)]);
    const next = assignAddresses([wish('001_a', 'x-neu', true), wish('003_c', 'x'), wish('004_d', 'y')], before.ledger, '2026-01-09');
    expect(next.problems).toEqual([]);
    expect(next.slugs).toEqual(['x-neu', 'x-2', 'y']);
  });

  it('refuses a `slug:` that is another article\'s live or redirecting address', () => {
    const { ledger } = publish([wish('001_a', 'x'), wish('002_b', 'y')], [wish('001_a', 'x-neu', true), wish('002_b', 'y')]);
    const taken = assignAddresses([wish('001_a', 'x-neu', true), wish('002_b', 'x', true), wish('003_c', 'y', true)], ledger, '2026-01-09');
    expect(taken.problems.map((p) => [p.code, p.file])).toEqual([
      ['slug-taken', 'content/articles/002_b.meta.yaml'],
      ['slug-taken', 'content/articles/003_c.meta.yaml'],
    ]);
    expect(taken.problems[0]!.message).toBe('`slug: x` is a published address of 001_a („x“), which redirects from it; links shared to it must keep leading there.');
  });
});

describe('addressLedgerProblems', () => {
  const entry = { article: '001_a', title: 'A', issued: '2026-01-01' };

  it('reports a redirect loop once, with its trail', () => {
    const ledger: AddressLedger = {
      version: 1,
      addresses: { a: { ...entry, status: 'renamed', successor: 'b' }, b: { ...entry, status: 'renamed', successor: 'a' } },
    };
    expect(addressLedgerProblems(ledger)).toEqual([
      expect.objectContaining({ code: 'address-redirect-loop', severity: 'error', file: 'content/articles.ledger.json', message: 'The address `a` redirects in a loop: `a` → `b` → `a`.' }),
    ]);
  });

  it('reports a redirect to an address no article has, or to none', () => {
    const ledger: AddressLedger = { version: 1, addresses: { a: { ...entry, status: 'renamed', successor: 'fehlt' }, b: { ...entry, article: '002_b', status: 'renamed' } } };
    expect(addressLedgerProblems(ledger).map((p) => p.message)).toEqual([
      "The address `a` redirects to `fehlt`, which is no article's address.",
      'The address `b` redirects nowhere (it has no `successor`).',
    ]);
  });

  it('stops a build or check: assignAddresses returns them as errors', () => {
    const ledger: AddressLedger = { version: 1, addresses: { a: { ...entry, status: 'renamed', successor: 'a' } } };
    expect(assignAddresses([wish('001_a', 'b')], ledger, '2026-01-02').problems.map((p) => p.severity)).toEqual(['error']);
  });
});
