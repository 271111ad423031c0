/**
 * Singular and plural, compound and parts find each other: real pairs
 * with real sentences (test-support/german-word-pairs.ts), each sentence a
 * claim of one dossier.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPOUND_PAIRS, PLURAL_PAIRS } from '../../test-support/german-word-pairs.ts';
import { engineFor } from '../../test-support/search-index.ts';
import { buildSearchIndex, type IndexableArticle } from './build-index.ts';
import type { SearchEngine } from './search-engine.ts';

const articles: IndexableArticle[] = [
  ...PLURAL_PAIRS.map(([singular, , ...sentences]) => ({ slug: `plural-${singular}`, title: '', outlet: 'dev', claims: sentences.map((text, n) => ({ id: `${singular}:${n}`, text })) })),
  ...COMPOUND_PAIRS.map(([compound, , , ...sentences]) => ({ slug: `compound-${compound}`, title: '', outlet: 'dev', claims: sentences.map((text, n) => ({ id: `${compound}:${n}`, text })) })),
];

let engine: SearchEngine;
beforeAll(async () => {
  ({ engine } = await engineFor(buildSearchIndex({ articles, entities: [] })));
});

/** The queries (finished: followed by a space) whose results lack the sentence expected, of `cases`. */
async function misses(cases: readonly [query: string, sentence: string][]): Promise<string[]> {
  const missed: string[] = [];
  for (const [query, sentence] of cases) {
    const r = await engine.search({ q: `${query} `, limit: 200 });
    if (!r.claims.some((c) => c.text === sentence)) missed.push(`${query} ↛ ${sentence}`);
  }
  return missed;
}

describe(`${PLURAL_PAIRS.length} singular/plural pairs`, () => {
  it('the singular finds the plural and the reverse', async () => {
    const cases = PLURAL_PAIRS.flatMap(([singular, plural, withSingular, withPlural]): [string, string][] => [
      [singular, withPlural],
      [plural, withSingular],
    ]);
    expect(await misses(cases)).toEqual([]);
  });
});

describe(`${COMPOUND_PAIRS.length} compounds and their parts`, () => {
  it('the compound finds its parts standing apart', async () => {
    expect(await misses(COMPOUND_PAIRS.map(([compound, , , , withParts]) => [compound, withParts]))).toEqual([]);
  });

  it('the parts written apart find the compound', async () => {
    expect(await misses(COMPOUND_PAIRS.map(([compound, modifier, head, withCompound]) => [`${modifier} ${head}`, withCompound]))).toEqual([]);
  });

  it('the head alone finds the compound', async () => {
    expect(await misses(COMPOUND_PAIRS.map(([, , head, withCompound]) => [head, withCompound]))).toEqual([]);
  });

  it('ranks the sentence with the compound itself first', async () => {
    for (const [compound, , , withCompound] of COMPOUND_PAIRS) expect((await engine.search({ q: `${compound} ` })).claims[0]!.text).toBe(withCompound);
  });
});
