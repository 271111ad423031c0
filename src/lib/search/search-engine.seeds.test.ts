import { beforeAll, describe, expect, it } from 'vitest';
import { BOILERPLATE } from '../../test-support/seed-boilerplate.ts';
import { seedEngine } from '../../test-support/search-index.ts';
import type { SearchEngine } from './search-engine.ts';
import type { ClaimHit, SearchResponse } from './search-types.ts';

let engine: SearchEngine;
let fetched: string[];

beforeAll(async () => {
  ({ engine, fetched } = await seedEngine());
});

/** The marked words of a hit, as written. */
const markedWords = (hit: Pick<ClaimHit, 'text' | 'marks'>) => hit.marks.map(([s, e]) => hit.text.slice(s, e));
const texts = (r: SearchResponse) => r.claims.map((c) => c.text);

describe('names, places and phrases of the seeds', () => {
  // Each: the query, and a word every top claim must contain as written.
  const cases: [query: string, written: RegExp][] = [
    ['Naryschkin', /Naryschkin|Naryshkin/],
    ['Ratcliffe', /Ratcliffe/],
    ['Ankara', /Ankara/],
    ['Dschidda', /Dschidda/],
    ['Sacharowa', /Sacharowa/],
    ['Kommersant', /Kommersant/],
    ['Peskow', /Peskow/],
    ['Waffenstillstand', /Waffenstillstand/],
    ['Sicherheitsgarantien', /Sicherheitsgarantien/],
  ];

  it.each(cases)('%s is found by its own spelling and marked', async (query, written) => {
    const r = await engine.search({ q: query });
    expect(r.claims.length).toBeGreaterThan(0);
    for (const hit of r.claims) expect(hit.text).toMatch(written);
    expect(markedWords(r.claims[0]!).join(' ')).toMatch(written);
  });

  it.each([
    ['Narischkin', /Naryschkin|Naryshkin/],
    ['Ratclife', /Ratcliffe/],
    ['Ankra', /Ankara/],
    ['Dschida', /Dschidda/],
    ['Sacharova', /Sacharowa/],
    ['Kommersand', /Kommersant/],
    ['Waffenstilstand', /Waffenstillstand/],
    ['Sicherheitsgarantin', /Sicherheitsgarantien/],
  ])('the typo %s still finds it', async (query, written) => {
    const r = await engine.search({ q: query });
    expect(texts(r)[0]).toMatch(written);
  });

  it.each([
    ['Zakharova', /Sacharowa/],
    ['Jeddah', /Dschidda/],
    ['Нарышкин', /Naryschkin|Naryshkin/],
    ['Peskov', /Peskow/],
    ['Захарова', /Sacharowa/],
  ])('the other-language form %s finds the dossier’s spelling through the registry', async (query, written) => {
    const r = await engine.search({ q: query });
    expect(texts(r)[0]).toMatch(written);
    expect(markedWords(r.claims[0]!).join(' ')).toMatch(written);
    expect(r.entities.length).toBeGreaterThan(0);
  });
});

describe('boilerplate', () => {
  // Several words of removed text are a phrase: each word alone may well occur in an article (`Thema`, `Quelle`).
  const queries = [...BOILERPLATE.map((b) => (/\s/.test(b) ? `"${b}"` : b)), 'Abonnieren', 'SeaPRwire liefert', 'loggen'];
  it.each(queries)('%s finds nothing: removed text is never indexed', async (query) => {
    const r = await engine.search({ q: query });
    expect(r.claims.map((c) => c.text)).toEqual([]);
    expect(r.articles.map((a) => a.title)).toEqual([]);
  });
});

describe('queries', () => {
  it('ranks claims containing all words first', async () => {
    const r = await engine.search({ q: 'Naryschkin Ankara' });
    const both = r.claims.filter((c) => /Naryschkin|Naryshkin/.test(c.text) && /Ankara/.test(c.text));
    expect(both.length).toBeGreaterThan(0);
    expect(r.claims.slice(0, both.length)).toEqual(both);
  });

  it('matches a quoted phrase only where its words stand together', async () => {
    const r = await engine.search({ q: '"internationale Stabilität"' });
    expect(r.claims.length).toBe(1);
    expect(markedWords(r.claims[0]!)).toEqual(['internationale Stabilität']);
    expect((await engine.search({ q: '"Stabilität internationale"' })).claims).toEqual([]);
  });

  it('completes the word being typed', async () => {
    const r = await engine.search({ q: 'Sicherheitsgar' });
    expect(texts(r)[0]).toMatch(/Sicherheitsgarantien/);
  });

  it('ignores function words and finds nothing for them alone', async () => {
    expect((await engine.search({ q: 'der die das' })).claims).toEqual([]);
  });

  it('filters by outlet, year and entity', async () => {
    const rt = await engine.search({ q: 'Ankara', outlet: 'RT DE' });
    expect(rt.claims.length).toBeGreaterThan(0);
    expect(new Set(rt.claims.map((c) => c.outlet))).toEqual(new Set(['RT DE']));
    const y2025 = await engine.search({ q: 'Naryschkin', year: 2025 });
    expect(y2025.claims.every((c) => c.published.startsWith('2025'))).toBe(true);
    expect((await engine.search({ q: 'Ankara', year: 2021 })).claims).toEqual([]);
    const entity = await engine.search({ q: '', entity: 'maria-zakharova' });
    expect(entity.claims.length).toBeGreaterThan(0);
    expect(entity.claims.every((c) => /Sacharowa/.test(c.text))).toBe(true);
  });

  it('finds articles by their titles and tells the outlet and date', async () => {
    const r = await engine.search({ q: 'Telefonat Putin Biden' });
    expect(r.articles[0]).toMatchObject({ outlet: 'SNA', published: '2021-12-29' });
    expect(r.articles[0]!.title.slice(r.articles[0]!.marks[0]![0], r.articles[0]!.marks[0]![1])).toBe('Telefonat');
  });

  it('finds an article by a subheading, which it shows marked', async () => {
    const r = await engine.search({ q: 'Moskau fordert Sicherheitsgarantien' });
    const found = r.articles.find((a) => a.heading);
    expect(found?.heading?.text).toBe('Moskau fordert Sicherheitsgarantien');
    expect(found?.heading?.marks).toEqual([[0, 6], [7, 14], [15, 35]]);
  });

  it('fetches the core once and only the chunks a query needs', async () => {
    await engine.search({ q: 'Ankara' });
    expect(fetched.filter((path) => path === 'search/index.json')).toHaveLength(1);
    expect(new Set(fetched).size).toBe(fetched.length);
  });
});
