import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineFor, searchEntities, seedArticles, TEST_ENTITIES } from '../../test-support/search-index.ts';
import type { Ledger } from '../claims/claim-ledger.ts';
import { parseReviews } from '../reviews/read-reviews.ts';
import { resolveReviews } from '../reviews/resolve-reviews.ts';
import { buildSearchIndex } from './build-index.ts';
import type { SearchEngine } from './search-engine.ts';

const root = new URL('../../../test-fixtures/seed-dossier/content/', import.meta.url);
const ledger = JSON.parse(readFileSync(new URL('claims.ledger.json', root), 'utf8')) as Ledger;
const { byClaim } = resolveReviews(parseReviews(readFileSync(new URL('reviews.yaml', root), 'utf8')).reviews, ledger);
/** The seed reviews' ratings by the reviewed sentence (the test index names claims `<slug>:<n>`, not by their ledger ids). */
const ratingOf = new Map([...byClaim].map(([id, review]) => [ledger.claims[id]!.text, review.rating]));

let engine: SearchEngine;
beforeAll(async () => {
  const articles = (await seedArticles()).map((a) => ({ ...a, claims: a.claims.map((c) => ({ ...c, rating: ratingOf.get(c.text) })) }));
  ({ engine } = await engineFor(buildSearchIndex({ articles, entities: searchEntities(TEST_ENTITIES) })));
});

describe('the rating filter', () => {
  it('lists the claims of a rating without a query, and only them', async () => {
    const supported = await engine.search({ q: '', rating: 'belegt' });
    expect(supported.claims.map((c) => c.text)).toEqual([ledger.claims.c7nktb5azrv!.text]);
    expect(supported.articles.map((a) => a.outlet)).toEqual(['SeaPRwire']);
    const unverifiable = await engine.search({ q: '', rating: 'nicht-pruefbar' });
    expect(unverifiable.claims.map((c) => c.text)).toEqual([ledger.claims.cpwyj23f7gg!.text]);
  });

  it('narrows a query to the claims rated so', async () => {
    const all = await engine.search({ q: 'Naryshkin' });
    expect(all.totals.claims).toBeGreaterThan(3);
    const wrong = await engine.search({ q: 'Naryshkin', rating: 'falsch' });
    expect(wrong.claims.map((c) => c.text)).toEqual([]);
    const prigozhin = await engine.search({ q: 'Meuterei', rating: 'falsch' });
    expect(prigozhin.claims.map((c) => c.text)).toEqual([ledger.claims.csg5s00bmph!.text]);
  });

  it('combines with the entity filter, and finds nothing for a rating no claim has', async () => {
    expect((await engine.search({ q: '', rating: 'belegt', entity: 'john-ratcliffe' })).claims).toHaveLength(1);
    expect((await engine.search({ q: '', rating: 'belegt', entity: 'maria-zakharova' })).claims).toEqual([]);
    expect((await engine.search({ q: 'Naryshkin', rating: 'wahr' })).claims).toEqual([]);
  });
});
