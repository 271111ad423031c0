/**
 * Reads the dates a page states about itself (`2020-01-13T18:05:00+01:00`,
 * `2019-06-17T18:28:00+0200`, `13.01.2020`) as calendar dates.
 */
import { toIsoDate } from '../dates/german-dates.ts';

/**
 * The calendar date a machine-readable date stamp names, as `YYYY-MM-DD`, in
 * the page's own terms: the date as written before its time and offset. A
 * stamp is never converted to UTC, because that moves an article published
 * at 00:30 in Berlin to the day before. A stamp written in UTC
 * (`2019-10-18T22:04:00Z`) is the one exception: its readers saw it in their
 * own time, `timeZone` (the 19th in Vienna), which is what the page prints.
 * Undefined for anything that is not a plausible full date (a bare year, a
 * time, `0000-00-00`, prose).
 */
export function pageDate(stamp: string | null | undefined, timeZone?: string): string | undefined {
  const value = stamp?.trim();
  if (!value) return undefined;
  if (timeZone && UTC_STAMP.test(value)) {
    const local = inZone(new Date(value), timeZone);
    if (local) return local;
  }
  // ISO 8601 and its loose relatives: `2020-01-13`, `2020-01-13T…`, `2020-01-13 18:05`, `2020/01/13`.
  const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s])/.exec(value);
  if (iso) return plausible(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // German pages sometimes write their meta dates as they print them: `13.01.2020`, `13.01.2020 18:05`.
  const german = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?:$|[,\s])/.exec(value);
  if (german) return plausible(Number(german[3]), Number(german[2]), Number(german[1]));
  // Compact ISO (`20200113`, Dublin Core on some CMS).
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(value);
  if (compact) return plausible(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  // RFC 2822 (`Mon, 13 Jan 2020 18:05:00 +0100`): the day as written, which is the page's own.
  const rfc = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value);
  if (rfc) {
    const month = MONTHS.indexOf((rfc[2] as string).toLowerCase()) + 1;
    if (month > 0) return plausible(Number(rfc[3]), month, Number(rfc[1]));
  }
  return undefined;
}

/** A date and time in UTC: `…T22:04:00Z`, `…T22:04:00.000+00:00`, `… 22:04 +0000`. */
const UTC_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s?(?:Z|[+-]00:?00)$/i;

/** Where the readers of a page in a language live, for stamps in UTC: German is read in one time zone (CET/CEST). */
export const READERS_TIME_ZONE: Readonly<Record<string, string>> = { de: 'Europe/Berlin' };

function inZone(date: Date, timeZone: string): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  return plausible(get('year'), get('month'), get('day'));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** News on the web starts in the 1990s; a year before is a placeholder (`1970-01-01`, `0001-01-01`), not a publication date. */
function plausible(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100) return undefined;
  return toIsoDate(year, month, day);
}
