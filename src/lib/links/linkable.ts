/**
 * What cross-linking knows about the dossier: its articles and their claims,
 * with resolved dates and, where the entity registry provides them, the ids
 * of the entities each claim mentions. Entities are an input, not detected
 * here: without them linking works on words and dates alone.
 */
import type { DateExpression } from '../dates/date-expressions.ts';
import { contentWords, type ContentWord } from './content-words.ts';

/** A claim to link. */
export interface LinkableClaim {
  id: string;
  text: string;
  dates: readonly DateExpression[];
  /** Ids of the entities the claim mentions (may be empty). */
  entities: readonly string[];
  /** The language of its article (default German): picks the function words left out of its content words. */
  language?: string | undefined;
}

/** An article to link. */
export interface LinkableArticle {
  slug: string;
  outlet: string;
  title: string;
  /** Publication date, `YYYY-MM-DD`. */
  published?: string | undefined;
  claims: readonly LinkableClaim[];
}

/** Names of entities by id, for reasons a reader can follow ("shared: Naryschkin, Ankara"). */
export type EntityNames = ReadonlyMap<string, string>;

/** The key a date range has in indexes: two claims with the same key speak of the same day, month, … */
export function dateKey(expression: Pick<DateExpression, 'date' | 'precision'>): string {
  return `date:${expression.precision}:${expression.date.start}`;
}

/** The key an entity has in indexes, apart from word stems. */
export const entityKey = (id: string) => `entity:${id}`;

/** Outlet names compared as one: case and spacing do not make another outlet. */
export function outletKey(outlet: string): string {
  return outlet.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const wordsByClaim = new WeakMap<LinkableClaim, readonly ContentWord[]>();

/** The content words of a claim, found once: matching claims and relating articles both read them. */
export function claimWords(claim: LinkableClaim): readonly ContentWord[] {
  let words = wordsByClaim.get(claim);
  if (!words) wordsByClaim.set(claim, (words = contentWords(claim.text, claim.language)));
  return words;
}
