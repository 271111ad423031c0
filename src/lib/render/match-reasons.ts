/**
 * Why a sentence elsewhere is taken for the same fact, in words a reader
 * can check: how sure the match is, and the names, dates and numbers both
 * sentences state.
 */
import type { SharedFacts } from '../links/corroboration.ts';
import { formatEventDate, type EventDateLabels } from './event-date.ts';

/** From this confidence a match is called sure; below it, likely (every match shown scores 0.24 or more). */
export const SURE_MATCH = 0.4;

/** The words a language needs (see `src/i18n/`). */
export interface MatchLabels extends EventDateLabels {
  matchSure: string;
  matchLikely: string;
  matchShared: (items: string) => string;
}

/** A short phrase: "sichere Übereinstimmung; beide nennen Genf, 10. Januar 2022". */
export function describeMatch(report: { confidence: number; shared: SharedFacts }, labels: MatchLabels, language: string): string {
  const level = report.confidence >= SURE_MATCH ? labels.matchSure : labels.matchLikely;
  const items = [
    ...report.shared.entities,
    ...report.shared.dates.map((d) => formatEventDate(d, labels, language)),
    ...report.shared.numbers.map((n) => Number(n).toLocaleString(language)),
  ];
  return items.length === 0 ? level : `${level}; ${labels.matchShared(new Intl.ListFormat(language, { type: 'conjunction' }).format(items))}`;
}
