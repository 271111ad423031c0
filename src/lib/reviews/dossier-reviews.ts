/**
 * The reviews of a dossier as one step, for `dossier check` and the build
 * alike: read `content/reviews.yaml`, resolve it against the ledger the
 * pages show, and hand each claim its review.
 */
import type { Ledger } from '../claims/claim-ledger.ts';
import { readReviews } from './read-reviews.ts';
import { resolveReviews, type ResolvedReviews, type ShownReview } from './resolve-reviews.ts';

/** The reviews of the project at `root` against `ledger` (the one this build publishes); none when the file has problems. */
export async function dossierReviews(root: string, ledger: Ledger): Promise<ResolvedReviews> {
  const file = await readReviews(root);
  if (file.problems.length > 0) return { byClaim: new Map(), problems: file.problems };
  return resolveReviews(file.reviews, ledger);
}

/** `claims` with each reviewed one carrying its review; unreviewed claims stay as they are (no `review` key). */
export function withReviews<C extends { id: string }>(claims: readonly C[], byClaim: ReadonlyMap<string, ShownReview>): Array<C & { review?: ShownReview }> {
  return claims.map((claim) => {
    const review = byClaim.get(claim.id);
    return review ? { ...claim, review } : claim;
  });
}
