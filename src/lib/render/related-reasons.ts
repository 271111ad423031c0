/**
 * Why an article is listed as related, in words a reader can check against
 * both texts: how close the kinship is, shared facts, names, dates,
 * distinctive words, publication.
 */
import type { RelatedReasons } from '../links/related-articles.ts';
import { formatEventDate, type EventDateLabels } from './event-date.ts';

/**
 * From this score (see `related-articles.ts`, listed from 0.25) a related
 * article is called close. In the seeds, two reports of one phone call score
 * 0.86 and two of one meeting in Ankara 0.54; the Ankara meeting and a
 * Putin–Biden call a year earlier, related by topic only, 0.34.
 */
export const CLOSE_RELATION = 0.5;

/** The words a language needs (see `src/i18n/`). */
export interface RelatedLabels extends EventDateLabels {
  relatedClose: string;
  relatedLoose: string;
  relatedFacts: (n: number) => string;
  relatedEntities: (names: string) => string;
  relatedDates: (dates: string) => string;
  relatedWords: (words: string) => string;
  relatedDaysApart: (n: number) => string;
}

/** How close the kinship is, then the reasons, strongest kind first; each a short phrase. */
export function describeRelated(related: { score: number; reasons: RelatedReasons }, labels: RelatedLabels, language: string): string[] {
  const { reasons } = related;
  const list = (items: readonly string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const phrases = [related.score >= CLOSE_RELATION ? labels.relatedClose : labels.relatedLoose];
  if (reasons.facts > 0) phrases.push(labels.relatedFacts(reasons.facts));
  if (reasons.entities.length > 0) phrases.push(labels.relatedEntities(list(reasons.entities)));
  if (reasons.dates.length > 0) phrases.push(labels.relatedDates(list(reasons.dates.map((d) => formatEventDate(d, labels, language)))));
  if (reasons.words.length > 0) phrases.push(labels.relatedWords(reasons.words.join(', ')));
  if (reasons.daysApart !== undefined) phrases.push(labels.relatedDaysApart(reasons.daysApart));
  return phrases;
}
