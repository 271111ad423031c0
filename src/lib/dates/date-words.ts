/**
 * The German words date expressions are made of, and regular-expression
 * alternations of them (longest first, so `Februar` is never read as `Feb`).
 */
import type { Season } from './calendar.ts';

/** Written-out month names (and common spellings) → month 1–12. */
export const MONTH_NAMES: Readonly<Record<string, number>> = {
  januar: 1, jänner: 1, februar: 2, feber: 2, märz: 3, maerz: 3, april: 4, mai: 5, juni: 6, juli: 7,
  august: 8, september: 9, oktober: 10, november: 11, dezember: 12,
};

/** Abbreviated months: only trusted after a day number (`3. Okt.`), where they cannot be a name. */
export const MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, febr: 2, mär: 3, mrz: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10,
  nov: 11, dez: 12,
};

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  montag: 1, dienstag: 2, mittwoch: 3, donnerstag: 4, freitag: 5, samstag: 6, sonnabend: 6, sonntag: 7,
};

export const SEASONS: Readonly<Record<string, Season>> = {
  frühling: 'spring', frühjahr: 'spring', sommer: 'summer', herbst: 'autumn', winter: 'winter',
};

/** What narrows or opens a date without changing its range. */
export type DateQualifier =
  | 'early' | 'mid' | 'late'
  | 'since' | 'until'
  | 'morning' | 'midday' | 'afternoon' | 'evening' | 'night';

/** `Anfang/Mitte/Ende Juni`: the part of a period. */
export const PART_OF_PERIOD: Readonly<Record<string, DateQualifier>> = { anfang: 'early', mitte: 'mid', ende: 'late' };

/** `Dienstagabend`, `morgen früh`: the time of day. */
export const TIME_OF_DAY: Readonly<Record<string, DateQualifier>> = {
  früh: 'morning', morgen: 'morning', vormittag: 'morning', mittag: 'midday', nachmittag: 'afternoon',
  abend: 'evening', nacht: 'night',
};

/** The qualifier a leading preposition gives a date: `seit 2010`, `bis zum 10. Januar`. */
export function prepositionQualifier(preposition: string | undefined): DateQualifier | undefined {
  const word = preposition?.toLowerCase().split(/\s+/)[0];
  if (word === 'seit' || word === 'ab') return 'since';
  if (word === 'bis') return 'until';
  return word ? PART_OF_PERIOD[word] : undefined;
}

/** A regular-expression alternation of words, longest first. */
export function alternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}
