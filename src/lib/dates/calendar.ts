/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`), always in UTC so the
 * build machine's time zone can never shift a date by a day.
 */

/** A calendar day as numbers (month 1–12). */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** A closed range of days, both ends `YYYY-MM-DD`. */
export interface IsoRange {
  start: string;
  end: string;
}

/** The numbers of an ISO date; throws on anything else, since callers pass validated dates. */
export function parseIso(iso: string): Ymd {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: "${iso}"`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/** `YYYY-MM-DD` of a day; out-of-range parts roll over (day 0 is the last of the month before). */
export function isoOf(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCFullYear(year, month - 1, day); // Date.UTC maps years 0–99 to 1900–1999.
  return date.toISOString().slice(0, 10);
}

/** The day `days` after (or before, if negative) `iso`. */
export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseIso(iso);
  return isoOf(year, month, day + days);
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const utc = (iso: string) => {
    const { year, month, day } = parseIso(iso);
    return Date.UTC(year, month - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** Day of the week, ISO numbering: 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const { year, month, day } = parseIso(iso);
  return ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
}

/** The whole day. */
export function dayRange(iso: string): IsoRange {
  return { start: iso, end: iso };
}

/** Monday to Sunday of the week containing `iso`. */
export function weekRange(iso: string): IsoRange {
  const start = addDays(iso, 1 - isoWeekday(iso));
  return { start, end: addDays(start, 6) };
}

/** The whole month; `month` may run past 1–12 and rolls over into the next or previous year. */
export function monthRange(year: number, month: number): IsoRange {
  return { start: isoOf(year, month, 1), end: isoOf(year, month + 1, 0) };
}

/** The whole year. */
export function yearRange(year: number): IsoRange {
  return { start: isoOf(year, 1, 1), end: isoOf(year, 12, 31) };
}

/** The seasons, by their first month (meteorological seasons). */
export const SEASON_START = { spring: 3, summer: 6, autumn: 9, winter: 12 } as const;

export type Season = keyof typeof SEASON_START;

/**
 * The three months of a season beginning in `year`. Winter begins in
 * December, so winter 2021 runs from December 2021 to February 2022.
 */
export function seasonRange(season: Season, year: number): IsoRange {
  const first = SEASON_START[season];
  return { start: isoOf(year, first, 1), end: isoOf(year, first + 3, 0) };
}

/** The year of the ISO date. */
export function yearOf(iso: string): number {
  return parseIso(iso).year;
}
