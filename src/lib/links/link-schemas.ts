/**
 * Schemas of what cross-linking stores with each article (validated by the
 * `articles` collection in `content.config.ts`): the contract with the
 * pages, the claim pages and the exports.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const range = z.object({ start: isoDate, end: isoDate });
const precision = z.enum(['day', 'week', 'month', 'season', 'year']);

/** A date expression of a claim, resolved (see `src/lib/dates/date-expressions.ts`). */
export const dateExpressionSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  date: range,
  precision,
  qualifier: z.enum(['early', 'mid', 'late', 'since', 'until', 'morning', 'midday', 'afternoon', 'evening', 'night']).optional(),
  inferred: z.literal(true).optional(),
});

/** Other articles reporting a claim's fact, and the number of independent outlets (see `corroboration.ts`). */
export const corroborationSchema = z.object({
  outlets: z.number().int().positive(),
  reports: z.array(z.object({ claim: z.string(), slug: z.string(), outlet: z.string(), title: z.string() })),
});

/** Fields cross-linking adds to every claim. */
export const claimLinksShape = {
  dates: z.array(dateExpressionSchema),
  corroboration: corroborationSchema,
};

/** A related article with its reasons (see `related-articles.ts`). */
export const relatedArticleSchema = z.object({
  slug: z.string(),
  score: z.number(),
  reasons: z.object({
    entities: z.array(z.string()),
    dates: z.array(z.object({ date: range, precision })),
    facts: z.number().int().nonnegative(),
    words: z.array(z.string()),
    similarity: z.number(),
    daysApart: z.number().int().nonnegative().optional(),
  }),
});
