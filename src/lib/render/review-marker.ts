/**
 * The mark after a sentence the curator reviewed: its rating as a small word
 * in the line ("belegt"), linked to the review on the claim's page. A word,
 * not a colour or an icon, so that it reads the same in print, in high
 * contrast and to a screen reader; its accessible name says whose verdict it
 * is and contains the visible word (WCAG 2.5.3). Like the corroboration
 * mark it stands after the claim's span, never inside it.
 */
import type { ElementContent } from 'hast';
import type { Rating } from '../reviews/review-scale.ts';

/** The anchor of the review on a claim's page. */
export const REVIEW_ANCHOR = 'review';

/** The words a mark needs (see `src/i18n/`). */
export interface ReviewMarkLabels {
  reviewRatings: Readonly<Record<Rating, string>>;
  reviewMark: (rating: string) => string;
}

/** The mark for a claim rated `rating`, linking to `claimPage` (the claim's page address). */
export function reviewMarker(rating: Rating, claimPage: string, labels: ReviewMarkLabels): ElementContent[] {
  const word = labels.reviewRatings[rating];
  return [
    {
      type: 'element',
      tagName: 'a',
      properties: { className: ['claim-review'], href: `${claimPage}#${REVIEW_ANCHOR}`, dataRating: rating, ariaLabel: labels.reviewMark(word) },
      children: [{ type: 'text', value: word }],
    },
  ];
}
