/**
 * Why an article is listed as related, in words a reader can check against
 * both texts: shared facts, names, dates, distinctive words, publication.
 */
import type { RelatedReasons } from '../links/related-articles.ts';
import { formatEventDate, type EventDateLabels } from './event-date.ts';

/** The words a language needs (see `src/i18n/`). */
export interface RelatedLabels extends EventDateLabels {
  relatedFacts: (n: number) => string;
  relatedEntities: (names: string) => string;
  relatedDates: (dates: string) => string;
  relatedWords: (words: string) => string;
  relatedDaysApart: (n: number) => string;
}

/** The reasons, strongest kind first; each a short phrase. */
export function describeRelated(reasons: RelatedReasons, labels: RelatedLabels, language: string): string[] {
  const list = (items: readonly string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items);
  const phrases: string[] = [];
  if (reasons.facts > 0) phrases.push(labels.relatedFacts(reasons.facts));
  if (reasons.entities.length > 0) phrases.push(labels.relatedEntities(list(reasons.entities)));
  if (reasons.dates.length > 0) phrases.push(labels.relatedDates(list(reasons.dates.map((d) => formatEventDate(d, labels, language)))));
  if (reasons.words.length > 0) phrases.push(labels.relatedWords(reasons.words.join(', ')));
  if (reasons.daysApart !== undefined) phrases.push(labels.relatedDaysApart(reasons.daysApart));
  return phrases;
}
