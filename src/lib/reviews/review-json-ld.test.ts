import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.ts';
import type { Ledger } from '../claims/claim-ledger.ts';
import { claimJsonLd } from '../claims/claim-json-ld.ts';
import { parseReviews } from './read-reviews.ts';
import { resolveReviews } from './resolve-reviews.ts';
import { reviewJsonLd } from './review-json-ld.ts';

const root = new URL('../../../test-fixtures/seed-dossier/content/', import.meta.url);
const ledger = JSON.parse(readFileSync(new URL('claims.ledger.json', root), 'utf8')) as Ledger;
const { byClaim } = resolveReviews(parseReviews(readFileSync(new URL('reviews.yaml', root), 'utf8')).reviews, ledger);
const dossier = { title: 'Geheimdienstkontakte USA–Russland 2021–2025', url: 'https://dossier.example.org/' };
const urlOf = (id: string) => `https://dossier.example.org/c/${id}/`;

function jsonLdOf(id: string) {
  const review = byClaim.get(id)!;
  return reviewJsonLd({ review, claimText: ledger.claims[id]!.text, claimUrl: urlOf(id), ratingLabel: de.reviewRatings[review.rating], language: 'de', dossier });
}

/**
 * Google's rules for the ClaimReview rich result
 * (developers.google.com/search/docs/appearance/structured-data/factcheck):
 * required `claimReviewed`, `reviewRating` with `alternateName`, `url`;
 * `author` with a name and `datePublished` for the result to show; a numeric
 * `ratingValue` needs `bestRating` and `worstRating` around it. Returns the
 * rules a node breaks.
 */
function googleClaimReviewViolations(node: Record<string, unknown>): string[] {
  const broken: string[] = [];
  const rating = node.reviewRating as Record<string, unknown> | undefined;
  const author = node.author as Record<string, unknown> | undefined;
  if (node['@type'] !== 'ClaimReview') broken.push('@type');
  if (typeof node.claimReviewed !== 'string' || node.claimReviewed === '') broken.push('claimReviewed');
  if (typeof node.url !== 'string' || !/^https:\/\//.test(node.url)) broken.push('url');
  if (rating?.['@type'] !== 'Rating' || typeof rating.alternateName !== 'string' || rating.alternateName === '') broken.push('reviewRating.alternateName');
  if (rating && 'ratingValue' in rating) {
    const [value, best, worst] = [rating.ratingValue, rating.bestRating, rating.worstRating];
    if (typeof value !== 'number' || typeof best !== 'number' || typeof worst !== 'number' || value < worst || value > best) broken.push('reviewRating.ratingValue');
  }
  if (!author || !['Person', 'Organization'].includes(String(author['@type'])) || typeof author.name !== 'string') broken.push('author');
  if (typeof node.datePublished !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(node.datePublished)) broken.push('datePublished');
  return broken;
}

describe('reviewJsonLd', () => {
  it('meets Google’s ClaimReview rules for every seed review, of every rating', () => {
    expect(byClaim.size).toBe(5);
    for (const id of byClaim.keys()) expect([id, googleClaimReviewViolations(jsonLdOf(id))]).toEqual([id, []]);
  });

  it('links itemReviewed to the page’s Claim by its @id and rates on 1 (falsch) to 4 (belegt)', () => {
    const claim = claimJsonLd({ text: ledger.claims.c7nktb5azrv!.text, url: urlOf('c7nktb5azrv'), language: 'de', outlet: 'SeaPRwire', published: '2025-03-12', article: { title: 'x', url: 'https://dossier.example.org/articles/x/' } });
    const review = jsonLdOf('c7nktb5azrv');
    expect(review.itemReviewed).toEqual({ '@type': 'Claim', '@id': claim['@id'] });
    expect(review).toMatchObject({
      claimReviewed: ledger.claims.c7nktb5azrv!.text,
      reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 4, worstRating: 1, alternateName: 'belegt' },
      author: { '@type': 'Organization', name: dossier.title, url: dossier.url },
      datePublished: '2026-12-03',
    });
    expect(jsonLdOf('csg5s00bmph').reviewRating).toMatchObject({ ratingValue: 1, alternateName: 'falsch' });
  });

  it('gives “nicht prüfbar” its name only: no point on the true–false scale', () => {
    expect(jsonLdOf('cpwyj23f7gg').reviewRating).toEqual({ '@type': 'Rating', alternateName: 'nicht prüfbar' });
  });

  it('names the reviewer as a person when the review does', () => {
    const review = { ...byClaim.get('c1as0hqe6x5')!, author: 'Anna Berger' };
    const node = reviewJsonLd({ review, claimText: 'x', claimUrl: urlOf('c1as0hqe6x5'), ratingLabel: 'umstritten', language: 'de', dossier });
    expect(node.author).toEqual({ '@type': 'Person', name: 'Anna Berger' });
  });

  it('the rules catch an undated review and a rating without its name', () => {
    const { date: _omitted, ...undated } = byClaim.get('c1as0hqe6x5')!;
    const node = reviewJsonLd({ review: undated, claimText: 'x', claimUrl: urlOf('c1as0hqe6x5'), ratingLabel: '', language: 'de', dossier });
    expect(googleClaimReviewViolations(node)).toEqual(['reviewRating.alternateName', 'datePublished']);
  });
});
