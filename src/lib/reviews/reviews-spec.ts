/**
 * Validation of `content/reviews.yaml`: the curator's verdict on claims,
 * keyed by claim id. Whether the ids exist is the ledger's question
 * (`resolve-reviews.ts`); this file checks what each review says.
 */
import { z } from 'zod';
import { isClaimId } from '../claims/claim-ids.ts';
import { absoluteUrl, isoDate, type SchemaSpec } from '../content/schemas.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import { describeScale, parseRating, RATING_WORDS, RATINGS, type Rating } from './review-scale.ts';

/** Where the curator's reviews live, relative to the project root. */
export const REVIEWS_FILE = 'content/reviews.yaml';

/** One review as the curator wrote it (validated, the rating as its stable key). */
export interface ReviewInput {
  rating: Rating;
  /** One line: why the rating. */
  note: string;
  /** Claim ids and absolute URLs the rating rests on, in the curator's order. */
  sources: string[];
  /** YYYY-MM-DD the review was written; schema.org's `datePublished`. */
  date?: string | undefined;
  /** Who rated; without it, the dossier itself (see `review-json-ld.ts`). */
  author?: string | undefined;
}

const oneLine = z
  .string({ error: 'must be text.' })
  .trim()
  .min(1, { error: 'is empty.' })
  .refine((value) => !/[\r\n]/.test(value), { error: 'must be a single line.' });

const allWords = RATINGS.flatMap((key) => [...RATING_WORDS[key]]);

const rating = z.preprocess(
  // YAML reads an unquoted `false` as the boolean: the English word for `falsch` must still work.
  (value) => (value === false ? 'false' : value),
  z.string({ error: `must be one of ${describeScale()}.` }).transform((word, ctx) => {
    const key = parseRating(word);
    if (key) return key;
    const guess = didYouMean(word, allWords);
    ctx.addIssue({ code: 'custom', message: `\`${word}\` is not on the scale${guess ? ` (did you mean \`${guess}\`?)` : ''}; use one of ${describeScale()}.` });
    return z.NEVER;
  }),
);

const source = z
  .string({ error: 'must be a claim id or a URL.' })
  .trim()
  .refine((value) => isClaimId(value) || absoluteUrl.safeParse(value).success, {
    error: 'must be a claim id (c and 10 letters or digits, e.g. `c7nktb5azrv`) or an absolute http(s) URL.',
  });

/** Optional fields accept an explicit empty value (`date:`) as absent. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === null ? undefined : value), schema.optional());

const reviewSchema = z.strictObject({
  rating,
  note: oneLine,
  sources: z.preprocess((value) => value ?? [], z.array(source, { error: 'must be a list, e.g. `[c7nktb5azrv, https://example.org/report]`.' })),
  date: optional(isoDate),
  author: optional(oneLine),
});

const claimIdKey = z.string().refine(isClaimId);

/** The fix for a key that is no claim id (the schema's hints are by field name; a key has none). */
export const CLAIM_ID_KEY_FIX = 'Write the claim’s id as the key, the last part of its address /c/<id>/, e.g. `c7nktb5azrv:`.';

/** `content/reviews.yaml`: claim id → review. An empty file has no reviews. */
export const reviewsSpec: SchemaSpec<Record<string, ReviewInput>> = {
  code: 'bad-reviews',
  empty: {},
  schema: z.record(claimIdKey, reviewSchema, {
    error: (issue) =>
      issue.code === 'invalid_key'
        ? 'is not a claim id (c and 10 letters or digits, as in the address /c/<id>/).'
        : 'must map claim ids to reviews, e.g. `c7nktb5azrv:` followed by an indented `rating:` and `note:`.',
  }),
  hints: {
    rating: `Write one of ${describeScale()}, e.g. \`rating: belegt\`.`,
    note: 'Write one sentence on one line saying why, e.g. `note: Zwei Quellen geben die Mitteilung des SVR übereinstimmend wieder.`',
    sources: 'List claim ids or URLs the rating rests on, e.g. `sources: [cyj8xy0vfja, https://example.org/report]`.',
    date: 'Write the day of the review as YYYY-MM-DD, e.g. `date: 2025-03-14`.',
    author: 'Write who rated the claim on one line, e.g. `author: Redaktion`; leave it out to name the dossier.',
  },
};
