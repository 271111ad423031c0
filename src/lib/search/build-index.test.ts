import { describe, expect, it } from 'vitest';
import { buildSearchIndex, indexableArticle, type IndexableDossier } from './build-index.ts';
import { decodePostings, encodePostings, entityKey, rangeOf } from './index-format.ts';
import { serializeIndex } from './serialize-index.ts';
import { engineFor } from '../../test-support/search-index.ts';

const dossier: IndexableDossier = {
  articles: Array.from({ length: 12 }, (_, a) => ({
    slug: `artikel-${a}`,
    title: `Bericht ${a} über Gespräche in Ankara`,
    outlet: a % 2 ? 'RT DE' : 'SNA',
    published: `202${a % 5}-03-0${1 + (a % 9)}`,
    claims: Array.from({ length: 5 }, (_, c) => ({
      id: `c${a}x${c}`,
      text: `Satz ${c} von Artikel ${a}: Naryschkin traf Burns in Ankara, Runde ${a * 5 + c}.`,
      entities: c === 0 ? ['sergey-naryshkin'] : [],
    })),
  })),
  entities: [{ id: 'sergey-naryshkin', name: 'Sergej Naryschkin', type: 'person', aliases: ['Naryshkin'] }],
};

describe('indexableArticle', () => {
  it('takes the stored metadata values, gives each claim the entities it names (none when it names none) and keeps the subheadings', () => {
    const article = { slug: 'a', title: { value: 'T' }, outlet: { value: 'O' }, published: { value: '2025-03-12' } };
    const blocks = [
      { kind: 'heading' as const, text: 'Die Zeit des gemeinsamen Kaffeetrinkens ist vorbei' },
      { kind: 'paragraph' as const, text: 'Eins. Zwei.' },
    ];
    expect(indexableArticle(article, [{ id: 'c1', text: 'Eins.' }, { id: 'c2', text: 'Zwei.' }], { c1: ['putin'] }, blocks)).toEqual({
      slug: 'a',
      title: 'T',
      outlet: 'O',
      published: '2025-03-12',
      claims: [
        { id: 'c1', text: 'Eins.', entities: ['putin'] },
        { id: 'c2', text: 'Zwei.', entities: [] },
      ],
      headings: ['Die Zeit des gemeinsamen Kaffeetrinkens ist vorbei'],
    });
  });
});

describe('postings encoding', () => {
  it('round-trips ascending numbers through base-36 gaps', () => {
    const numbers = [0, 3, 10, 11, 500, 100_000];
    expect(encodePostings(numbers)).toBe('0,3,7,1,dl,24rw');
    expect([...decodePostings(encodePostings(numbers))]).toEqual(numbers);
    expect([...decodePostings('')]).toEqual([]);
  });

  it('finds the range of a value among sorted bounds', () => {
    expect(rangeOf(['', 'g', 'p'], 'a')).toBe(0);
    expect(rangeOf(['', 'g', 'p'], 'g')).toBe(1);
    expect(rangeOf(['', 'g', 'p'], 'zebra')).toBe(2);
    expect(rangeOf([0, 3, 7], 5)).toBe(1);
  });
});

describe('buildSearchIndex', () => {
  const index = buildSearchIndex(dossier, { postings: 400, docs: 900 });

  it('cuts postings and texts into chunks whose bounds cover every key and article', () => {
    expect(index.postings.length).toBeGreaterThan(1);
    expect(index.docs.length).toBeGreaterThan(1);
    index.postings.forEach((chunk, n) => {
      for (const key of Object.keys(chunk)) expect(rangeOf(index.core.postingBounds, key)).toBe(n);
    });
    expect(index.docs.flatMap((d) => d.articles.map((a) => a[0]))).toEqual(dossier.articles.map((a) => a.slug));
    expect(index.core.docBounds[0]).toBe(0);
    expect(index.core.claimCounts).toEqual(dossier.articles.map(() => 5));
  });

  it('posts claims under their terms and entities, and titles under theirs', () => {
    const postings = (key: string) => Object.assign({}, ...index.postings)[key];
    expect([...decodePostings(postings('naryschkin')[0])]).toHaveLength(60);
    expect([...decodePostings(postings(entityKey('sergey-naryshkin'))[0])]).toEqual(dossier.articles.map((_, a) => a * 5));
    expect([...decodePostings(postings('bericht')[1])]).toHaveLength(12);
    // Function words are not indexed.
    expect(postings('von')).toBeUndefined();
  });

  it('keeps numbers and short words out of the fuzzy vocabulary, which stays sorted', () => {
    const vocabulary = index.core.vocabulary.split('\n');
    expect(vocabulary).toContain('ankara');
    // Words as written (folded), not stems: a typo is one edit from `gespraeche`, maybe two from `gespraech`.
    expect(vocabulary).toContain('gespraeche');
    expect(vocabulary).not.toContain('gespraech');
    expect(vocabulary.some((t) => /^\d+$/.test(t))).toBe(false);
    expect([...vocabulary].sort()).toEqual(vocabulary);
  });

  it('is deterministic, and its version changes with the content', () => {
    expect(serializeIndex(buildSearchIndex(dossier, { postings: 400, docs: 900 }))).toEqual(serializeIndex(index));
    const changed = { ...dossier, articles: dossier.articles.map((a, i) => (i === 3 ? { ...a, title: 'Neu' } : a)) };
    expect(buildSearchIndex(changed, { postings: 400, docs: 900 }).core.version).not.toBe(index.core.version);
  });

  it('answers queries across chunks, exact numbers included', async () => {
    const { engine, fetched } = await engineFor(index);
    const r = await engine.search({ q: 'Runde 57' });
    expect(r.claims[0]).toMatchObject({ id: 'c11x2', slug: 'artikel-11', outlet: 'RT DE' });
    expect(fetched.filter((p) => p.includes('/d')).length).toBeLessThan(index.docs.length);
  });

  it('checks a phrase on only as many texts as it shows, and then counts at least those', async () => {
    const { engine, fetched } = await engineFor(index);
    const r = await engine.search({ q: '"Naryschkin traf Burns"', limit: 3 });
    expect(r.claims).toHaveLength(3);
    expect(r.totals).toMatchObject({ claims: 3, atLeast: true });
    expect(fetched.filter((p) => p.includes('/d')).length).toBeLessThan(index.docs.length);
    const rare = await engine.search({ q: '"Runde 57"' });
    expect(rare.totals).toEqual({ claims: 1, articles: 0, entities: 0, analyses: 0 });
  });
});
