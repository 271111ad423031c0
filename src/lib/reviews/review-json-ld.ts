/**
 * Structured data for a reviewed claim: a schema.org `ClaimReview` whose
 * `itemReviewed` is the page's `Claim` (by its `@id`, see claim-json-ld.ts),
 * with the fields Google's ClaimReview rich result requires (`claimReviewed`,
 * `reviewRating` with `alternateName`, `author`, `datePublished`, `url`).
 */
import { BEST_RATING, RATING_VALUES, WORST_RATING } from './review-scale.ts';
import type { ShownReview } from './resolve-reviews.ts';

/** What the structured data says about one review. */
export interface ReviewJsonLdInput {
  review: ShownReview;
  /** The reviewed sentence as the page shows it. */
  claimText: string;
  /** Absolute URL of the claim's page: the `Claim`'s `@id`, and where the review is published. */
  claimUrl: string;
  /** The rating's label in the dossier's language, e.g. `belegt`: what a reader and Google show. */
  ratingLabel: string;
  /** Language of the review (the dossier's). */
  language: string;
  /** The dossier, named as the author when the review names none. */
  dossier: { title: string; url: string };
}

/** The schema.org `ClaimReview` object (JSON-LD), without empty fields. */
export function reviewJsonLd({ review, claimText, claimUrl, ratingLabel, language, dossier }: ReviewJsonLdInput): Record<string, unknown> {
  const value = RATING_VALUES[review.rating];
  const author = review.author
    ? { '@type': 'Person', name: review.author }
    : { '@type': 'Organization', name: dossier.title, url: dossier.url };
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    '@id': `${claimUrl}#review`,
    url: claimUrl,
    inLanguage: language,
    claimReviewed: claimText,
    itemReviewed: { '@type': 'Claim', '@id': claimUrl },
    reviewRating: {
      '@type': 'Rating',
      // Unverifiable is no point on the true–false scale: it has only its name.
      ...(value !== undefined && { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING }),
      alternateName: ratingLabel,
    },
    reviewBody: review.note,
    author,
    ...(review.date && { datePublished: review.date }),
  };
}
