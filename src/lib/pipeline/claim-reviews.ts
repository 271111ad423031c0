/** How the pipeline's stored HTML marks reviewed claims in the reading text. */
import type { ElementContent } from 'hast';
import type { ShownReview } from '../reviews/resolve-reviews.ts';
import { reviewMarker, type ReviewMarkLabels } from '../render/review-marker.ts';
import { claimPath } from '../render/site-paths.ts';

/** `after` (the marks already following each claim) with the rating mark added after a reviewed claim. */
export function withReviewMarkers(
  after: (claimId: string) => ElementContent[],
  byClaim: ReadonlyMap<string, ShownReview>,
  base: string,
  labels: ReviewMarkLabels,
): (claimId: string) => ElementContent[] {
  return (claimId) => {
    const review = byClaim.get(claimId);
    return review ? [...after(claimId), ...reviewMarker(review.rating, claimPath(base, claimId), labels)] : after(claimId);
  };
}
