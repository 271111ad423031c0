import { beforeAll, describe, expect, it } from 'vitest';
import { seedAnalyses } from '../../test-support/seed-analyses.ts';
import { engineFor, searchEntities, seedArticles, TEST_ENTITIES } from '../../test-support/search-index.ts';
import { buildSearchIndex } from './build-index.ts';
import type { SearchEngine } from './search-engine.ts';

let engine: SearchEngine;

beforeAll(async () => {
  const [articles, { analyses }] = await Promise.all([seedArticles(), seedAnalyses()]);
  const seed = analyses[0]!;
  const analysis = { slug: seed.slug, path: `analysen/${seed.slug}/`, title: seed.frontmatter.title, summary: seed.frontmatter.summary, date: seed.frontmatter.date, text: seed.body };
  ({ engine } = await engineFor(buildSearchIndex({ articles, entities: searchEntities(TEST_ENTITIES), analyses: [analysis] })));
}, 30_000);

describe('analyses in search', () => {
  it('finds the seed analysis by words of its text, its title marked', async () => {
    const { analyses, totals } = await engine.search({ q: 'Kontakte SVR' });
    expect(totals.analyses).toBe(1);
    expect(analyses[0]).toMatchObject({ slug: 'kontakte-svr-cia', path: 'analysen/kontakte-svr-cia/', date: '2026-12-03' });
    expect(analyses[0]!.marks.map(([s, e]) => analyses[0]!.title.slice(s, e))).toEqual(['Kontakte', 'SVR']);
  });

  it('needs every word of the query, forgives a typo, and leaves filtered searches to articles', async () => {
    // Only in its text (not in any title): „gegenprüfen“, and with a typo.
    expect((await engine.search({ q: 'gegenprüfen' })).totals.analyses).toBe(1);
    expect((await engine.search({ q: 'gegenprüfn' })).totals.analyses).toBe(1);
    // The analysis never names the Wagner mutiny the SeaPRwire article mentions.
    expect((await engine.search({ q: 'Meuterei' })).totals.analyses).toBe(0);
    expect((await engine.search({ q: 'Ankara Meuterei' })).totals.analyses).toBe(0);
    expect((await engine.search({ q: 'Ankara', outlet: 'RT DE' })).analyses).toEqual([]);
  });
});
