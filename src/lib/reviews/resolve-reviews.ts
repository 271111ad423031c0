/**
 * Follows each review and each source claim through the claim ledger, as a
 * permalink does: a review of an id whose sentence was revised is shown on
 * the claim that carries it now; a review of a withdrawn claim is shown
 * nowhere, and `check` says so with the last wording; an id the ledger never
 * issued is an error naming the nearest ids.
 */
import { resolveClaimId, type Ledger } from '../claims/claim-ledger.ts';
import type { DossierProblem } from '../content/types.ts';
import { nearestClaimIds } from './nearest-claim-ids.ts';
import type { WrittenReview } from './read-reviews.ts';
import { REVIEWS_FILE, type ReviewInput } from './reviews-spec.ts';

/** What a review rests on: a claim of the dossier (by its current id, with its wording) or a page elsewhere. */
export type ReviewSource = { claim: string; text: string } | { url: string };

/** A review as pages show it: on the claim that carries the reviewed sentence now. */
export interface ShownReview extends Omit<ReviewInput, 'sources'> {
  /** The id the curator wrote; differs from the claim's when the sentence was revised since. */
  reviewed: string;
  sources: ReviewSource[];
}

/** The reviews to show by current claim id, and what the curator should hear about. */
export interface ResolvedReviews {
  byClaim: Map<string, ShownReview>;
  problems: DossierProblem[];
}

/** A wording in a hint, shortened; the wordings a warning is about (revised, withdrawn) are given whole. */
const quote = (text: string) => `„${text.length > 80 ? `${text.slice(0, 79)}…` : text}“`;

/** Resolves `reviews` against the ledger of this build (the reconciled one: what the pages show). */
export function resolveReviews(reviews: readonly WrittenReview[], ledger: Ledger, file: string = REVIEWS_FILE): ResolvedReviews {
  const byClaim = new Map<string, ShownReview>();
  const problems: DossierProblem[] = [];
  const problem = (severity: DossierProblem['severity'], code: string, line: number, message: string, fix: string) =>
    problems.push({ file, severity, code, message: `Line ${line}: ${message}`, fix });
  const unknown = (id: string) => {
    const nearest = nearestClaimIds(id, ledger);
    return nearest.length === 0
      ? 'Copy the id from the address of the claim’s page (/c/<id>/) or from its link in the article.'
      : `Copy the id from the claim’s page (/c/<id>/); the nearest ids are ${nearest.map((n) => `\`${n.id}\` ${quote(n.text)}`).join(', ')}.`;
  };

  for (const review of reviews) {
    const found = resolveClaimId(ledger, review.id);
    if (!found) {
      problem('error', 'review-unknown-claim', review.line, `\`${review.id}\` is not a claim of this dossier: the claim ledger never issued it.`, unknown(review.id));
      continue;
    }
    if (found.entry.status !== 'live') {
      const last = ledger.claims[review.id]?.text ?? found.entry.text;
      problem('warning', 'review-withdrawn-claim', review.line, `The reviewed claim \`${review.id}\` „${last}“ was withdrawn${found.entry.withdrawn ? ` on ${found.entry.withdrawn}` : ''}; its review is shown nowhere.`, `Delete the review of \`${review.id}\`, or move it to the claim that now says this, if there is one.`);
      continue;
    }
    const earlier = byClaim.get(found.id);
    if (earlier) {
      problem('error', 'review-duplicate', review.line, `\`${review.id}\` and \`${earlier.reviewed}\` are the same claim today (\`${found.id}\`); a claim has one review.`, `Keep one of the two reviews and delete the other.`);
      continue;
    }
    if (found.id !== review.id) {
      problem('warning', 'review-moved-claim', review.line, `The reviewed claim \`${review.id}\` was revised: it read „${ledger.claims[review.id]!.text}“, now \`${found.id}\` reads „${found.entry.text}“. The review is shown on \`${found.id}\`.`, `Check that the rating still holds for the new wording, then write the review under \`${found.id}\`.`);
    }
    const sources = review.sources.flatMap((source, i): ReviewSource[] => {
      if (/^https?:/i.test(source)) return [{ url: source }];
      const line = review.sourceLines[i] ?? review.line;
      const target = resolveClaimId(ledger, source);
      if (!target) {
        problem('error', 'review-unknown-source', line, `The source \`${source}\` of the review of \`${review.id}\` is not a claim of this dossier.`, unknown(source));
        return [];
      }
      if (target.id === found.id) {
        problem('error', 'review-self-source', line, `The review of \`${review.id}\` cites the reviewed claim itself as its source.`, 'Cite other claims or pages that support or contradict it.');
        return [];
      }
      if (target.entry.status !== 'live') {
        problem('warning', 'review-withdrawn-source', line, `The source \`${source}\` of the review of \`${review.id}\` was withdrawn; its page shows only its last wording ${quote(target.entry.text)}.`, 'Cite a claim that still stands, or keep it if the last wording is what the review rests on.');
      }
      return [{ claim: target.id, text: target.entry.text }];
    });
    if (!review.date) {
      problem('warning', 'review-undated', review.line, `The review of \`${review.id}\` has no \`date\`: its ClaimReview lacks \`datePublished\`, which search engines need to show it.`, 'Add `date: YYYY-MM-DD`, the day of the review.');
    }
    const { rating, note, date, author } = review;
    byClaim.set(found.id, { rating, note, reviewed: review.id, sources, ...(date && { date }), ...(author && { author }) });
  }
  return { byClaim, problems };
}
