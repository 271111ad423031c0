import { describe, expect, it } from 'vitest';
import type { ClaimPage } from '../claims/claim-pages.ts';
import type { ShownReview } from '../reviews/resolve-reviews.ts';
import { claimPageDocument, type ClaimPageArticle } from './claim-page.ts';

const ctx = { base: '/d/', site: 'https://example.org/d/', language: 'de', dossierTitle: 'Geheimdienstkontakte USA–Russland 2021–2025' };
// The SeaPRwire seed (000) and its reviewed sentence; the review as content/reviews.yaml writes it.
const text = 'Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergey Naryshkin, sprach telefonisch mit seinem CIA-Amtskollegen John Ratcliffe, und sie haben vereinbart, regelmäßigen Kontakt zu pflegen.';
const review: ShownReview = {
  rating: 'belegt',
  note: 'Zwei Quellen geben die Mitteilung des SVR über das Telefonat übereinstimmend wieder.',
  reviewed: 'c7nktb5azrv',
  sources: [{ claim: 'che0ge3enxy', text: 'Wie der SVR mitteilte, vereinbarten die Parteien, regelmäßige Kontakte aufrechtzuerhalten.' }, { url: 'https://svr.gov.ru/smi/2025/03/a?x=1&y=<2>' }],
  date: '2026-12-03',
};
const article = (withReview: ShownReview | undefined): ClaimPageArticle => ({
  slug: 'naryshkin-ratcliffe',
  file: 'content/articles/000_9b40cf4b3cb6ef87.txt',
  language: 'de',
  title: { value: 'Russischer Geheimdienstchef und CIA-Direktor vereinbaren Kontakt' },
  outlet: { value: 'SeaPRwire' },
  published: { value: '2025-03-12' },
  claims: [{ id: 'c7nktb5azrv', text, ...(withReview && { review: withReview }) }],
});
const page = (withReview: ShownReview | undefined): ClaimPage<ClaimPageArticle> => ({ kind: 'live', id: 'c7nktb5azrv', text, article: article(withReview) });

describe('a reviewed claim’s page', () => {
  it('shows the rating, the note, the sources and the dossier as the reviewer, anchored for the article’s mark', () => {
    const main = claimPageDocument(page(review), ctx).main.value;
    expect(main).toContain('<section class="claim-review-note" id="review" aria-labelledby="review-heading"><h2 id="review-heading">Bewertung der Redaktion: <span class="review-rating" data-rating="belegt">belegt</span></h2><p>Zwei Quellen');
    expect(main).toContain('<li><a href="/d/c/che0ge3enxy/">„Wie der SVR mitteilte,');
    expect(main).toContain('<a href="https://svr.gov.ru/smi/2025/03/a?x=1&amp;y=&lt;2&gt;" rel="external noreferrer">');
    expect(main).toContain('<p class="meta review-byline">Geheimdienstkontakte USA–Russland 2021–2025, <time datetime="2026-12-03">3. Dezember 2026</time></p>');
    expect(main).not.toContain('frühere Fassung');
  });

  it('publishes a ClaimReview beside the Claim, each in its own data block, linked by @id', () => {
    const head = claimPageDocument(page(review), ctx).head!.value;
    const blocks = [...head.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(blocks.map((b) => b['@type'])).toEqual(['Claim', 'ClaimReview']);
    expect(blocks[1]!.itemReviewed).toEqual({ '@type': 'Claim', '@id': blocks[0]!['@id'] });
    expect(blocks[1]!.url).toBe('https://example.org/d/c/c7nktb5azrv/');
  });

  it('says when the review was written for an earlier wording (its id moved here)', () => {
    expect(claimPageDocument(page({ ...review, reviewed: 'c0000000000' }), ctx).main.value).toContain('Die Bewertung wurde für eine frühere Fassung dieses Satzes geschrieben.');
  });

  it('an unreviewed claim has neither the section nor a ClaimReview', () => {
    const doc = claimPageDocument(page(undefined), ctx);
    expect(doc.main.value).not.toContain('claim-review-note');
    expect(doc.head!.value).not.toContain('ClaimReview');
  });
});
