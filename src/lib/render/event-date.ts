/**
 * Shows a resolved date with the precision it really has: "12. Februar
 * 2025", "Juni 2022 (Mitte)", "Sommer 2020", "2023", never a made-up day.
 */
import { SEASON_START, type IsoRange, type Season } from '../dates/calendar.ts';
import type { DatePrecision, DateQualifier } from '../dates/date-expressions.ts';
import { formatIsoDate, formatIsoMonth } from './format-date.ts';

/** A date as cross-linking stores it. */
export interface EventDate {
  date: IsoRange;
  precision: DatePrecision;
  qualifier?: DateQualifier | undefined;
}

/** The words a language needs around the numbers (see `src/i18n/`). */
export interface EventDateLabels {
  seasons: Record<Season, string>;
  weekOf: (monday: string) => string;
  qualifiedDate: (date: string, qualifier: string | undefined) => string;
}

const SEASON_BY_MONTH = new Map<number, Season>(Object.entries(SEASON_START).map(([season, month]) => [month, season as Season]));

/** The date as a reader should see it, in `language`. */
export function formatEventDate({ date, precision, qualifier }: EventDate, labels: EventDateLabels, language: string): string {
  return labels.qualifiedDate(formatRange(date, precision, labels, language), qualifier);
}

function formatRange(date: IsoRange, precision: DatePrecision, labels: EventDateLabels, language: string): string {
  const [year, month] = date.start.split('-').map(Number) as [number, number];
  switch (precision) {
    case 'day':
      return formatIsoDate(date.start, language);
    case 'week':
      return labels.weekOf(formatIsoDate(date.start, language));
    case 'month':
      return formatIsoMonth(date.start, language);
    case 'season': {
      const season = SEASON_BY_MONTH.get(month) ?? 'summer';
      // Winter spans the turn of the year: "Winter 2021/22".
      const years = season === 'winter' ? `${year}/${String((year + 1) % 100).padStart(2, '0')}` : String(year);
      return `${labels.seasons[season]} ${years}`;
    }
    case 'year':
      return String(year);
  }
}

/**
 * The date for a `<time datetime>` at its precision: `2025-02-12`,
 * `2025-W11`, `2022-06`, `2023`. HTML has no seasons; a season gives the
 * year it begins in.
 */
export function machineDate({ date, precision }: EventDate): string {
  switch (precision) {
    case 'day':
      return date.start;
    case 'week': {
      // ISO weeks belong to the year of their Thursday.
      const thursday = new Date(Date.parse(date.start) + 3 * 86_400_000);
      const year = thursday.getUTCFullYear();
      const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
      return `${year}-W${String(week).padStart(2, '0')}`;
    }
    case 'month':
      return date.start.slice(0, 7);
    case 'season':
    case 'year':
      return date.start.slice(0, 4);
  }
}
