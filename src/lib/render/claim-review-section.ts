/**
 * The curator's review on a claim's page: the rating and its one-line note,
 * who rated and when, the claims and pages it rests on, and its
 * `ClaimReview` structured data (see src/lib/reviews/review-json-ld.ts).
 */
import { uiStrings } from '../../i18n/index.ts';
import { jsonLdText } from '../claims/claim-json-ld.ts';
import type { ShownReview } from '../reviews/resolve-reviews.ts';
import { reviewJsonLd } from '../reviews/review-json-ld.ts';
import { displayAddress } from './display-address.ts';
import { formatIsoDate } from './format-date.ts';
import { html, trustedHtml, type SafeHtml } from './html.ts';
import { REVIEW_ANCHOR } from './review-marker.ts';
import { claimPath } from './site-paths.ts';

/** What the section needs besides the review. */
export interface ReviewContext {
  base: string;
  /** The dossier's language: the review's and the interface's. */
  language: string;
  /** The dossier's title and address: the author of a review that names none. */
  dossier: { title: string; url: string };
}

/** The review of the claim `claimId` (text `claimText`, page `claimUrl`): its section and its JSON-LD `<script>`. */
export function claimReviewParts(review: ShownReview, claim: { id: string; text: string; url: string }, ctx: ReviewContext): { main: SafeHtml; head: SafeHtml } {
  const t = uiStrings(ctx.language);
  const label = t.reviewRatings[review.rating];
  const date = review.date && html`<time datetime="${review.date}">${formatIsoDate(review.date, ctx.language)}</time>`;
  const sources = review.sources.map((source) =>
    'url' in source
      ? html`<li><a href="${source.url}" rel="external noreferrer">${displayAddress(source.url)}</a></li>`
      : html`<li><a href="${claimPath(ctx.base, source.claim)}">${t.quoteMarks[0]}${source.text}${t.quoteMarks[1]}</a></li>`,
  );
  const main = html`<section class="claim-review-note" id="${REVIEW_ANCHOR}" aria-labelledby="review-heading"><h2 id="review-heading">${t.reviewHeading}: <span class="review-rating" data-rating="${review.rating}">${label}</span></h2><p>${review.note}</p>${review.reviewed !== claim.id && html`<p class="meta">${t.reviewOfEarlierWording}</p>`}${sources.length > 0 && html`<p class="meta">${t.reviewSources}:</p><ul class="review-sources">${sources}</ul>`}<p class="meta review-byline">${review.author ?? ctx.dossier.title}${date && html`, ${date}`}</p></section>`;
  const data = reviewJsonLd({ review, claimText: claim.text, claimUrl: claim.url, ratingLabel: label, language: ctx.language, dossier: ctx.dossier });
  // Data, not script, as the Claim's: jsonLdText escapes `<`, and a CSP does not apply to a data block.
  return { main, head: html`<script type="application/ld+json">${trustedHtml(jsonLdText(data))}</script>` };
}
