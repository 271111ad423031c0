/**
 * The English words date expressions are made of. English capitalises month
 * and weekday names, so the rules match them case-sensitively: "may" and
 * "March" as verbs stay what they are.
 */
import type { Season } from './calendar.ts';
import type { DateQualifier } from './date-words.ts';

/** Month names → month 1–12. */
export const ENGLISH_MONTHS: Readonly<Record<string, number>> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6, July: 7, August: 8, September: 9,
  October: 10, November: 11, December: 12,
};

/** Abbreviated months: trusted only beside a day or a year ("Sept. 15", "Jan. 2024"), where they cannot be a word or a name. */
export const ENGLISH_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = {
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Weekday names, lowercased → ISO weekday (1 = Monday). */
export const ENGLISH_WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

/** Seasons, lowercased; "fall" only where a word around it makes it one ("last fall", "fall 2024"), never "the fall of …". */
export const ENGLISH_SEASONS: Readonly<Record<string, Season>> = {
  spring: 'spring', summer: 'summer', autumn: 'autumn', fall: 'autumn', winter: 'winter',
};

/** "Tuesday evening", "yesterday morning": the time of day. */
export const ENGLISH_TIME_OF_DAY: Readonly<Record<string, DateQualifier>> = {
  morning: 'morning', noon: 'midday', afternoon: 'afternoon', evening: 'evening', night: 'night',
};

/** "early March", "the end of 2024": the part of a period. */
const PARTS: Readonly<Record<string, DateQualifier>> = {
  early: 'early', beginning: 'early', start: 'early', mid: 'mid', middle: 'mid', late: 'late', end: 'late',
};

/** The qualifier a word before a date gives it: "since 2010", "until May 3", "early March", "the end of May". */
export function englishQualifier(preposition: string | undefined): DateQualifier | undefined {
  const words = preposition?.toLowerCase().split(/[\s\u00a0-]+/) ?? [];
  if (words[0] === 'since' || words[0] === 'from') return 'since';
  if (words[0] === 'until' || words[0] === 'till') return 'until';
  return words.map((w) => PARTS[w]).find(Boolean);
}

/** A case-insensitive first letter for words matched in case-sensitive patterns: `[Ss]ince`. */
export function anyCase(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1)}`;
}
