/**
 * One rule per shape of German date expression (English ones: `./english-date-rules.ts`): a pattern and how a match
 * becomes a date range of a given precision. Rules may overlap (`im Mai 2024`
 * contains the year `2024`); `findDateExpressions` keeps the longest match.
 */
import { addDays, dayRange, isoOf, isoWeekday, monthRange, parseIso, seasonRange, weekRange, yearRange, type IsoRange } from './calendar.ts';
import {
  alternation, MONTH_ABBREVIATIONS, MONTH_NAMES, PART_OF_PERIOD, prepositionQualifier, SEASONS, TIME_OF_DAY,
  WEEKDAYS, type DateQualifier,
} from './date-words.ts';
import { toIsoDate } from './german-dates.ts';
import { nearestWeekday, nearestYearly, reachOf } from './infer-period.ts';
import type { Direction } from './tense.ts';

/** How exact a resolved date is. */
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'year';

/** What a rule makes of a match. */
export interface Resolution {
  date: IsoRange;
  precision: DatePrecision;
  qualifier?: DateQualifier | undefined;
  /** True when part of the date (year, week) came from the publication date rather than the words. */
  inferred: boolean;
}

/** What a rule may use besides the match. */
export interface RuleContext {
  /** The article's publication date, `YYYY-MM-DD`; rules that need it give up without it. */
  published?: string | undefined;
  /** Which way the clause around the match points. */
  direction: Direction;
  /** The last year stated explicitly before this sentence, for `in diesem Sommer` told in the past tense. */
  contextYear?: number | undefined;
}

export interface DateRule {
  name: string;
  /**
   * A cheap test the text must pass before `pattern` runs: most sentences
   * name no date, and the patterns (lookbehinds, optional prepositions) are
   * costly to try at every position of a sentence.
   */
  hint: RegExp;
  pattern: RegExp;
  resolve: (groups: Record<string, string | undefined>, context: RuleContext) => Resolution | undefined;
}

/** Pattern parts both languages' rules are built from: a space, word edges, a year of 1800–2199. */
export const W = String.raw`[\s\u00a0]+`;
export const START = String.raw`(?<![\p{L}\p{N}])`;
export const END = String.raw`(?![\p{L}\p{N}])`;
export const YEAR = String.raw`(?<year>(?:1[89]|20|21)\d{2})(?![\p{N}]|[.,]\p{N})`;
const MONTH = `(?<month>${alternation(Object.keys(MONTH_NAMES))})`;
const DAY_PREPOSITION = String.raw`(?:(?<prep>am|vom|seit dem|seit|bis zum|bis|zum|für den|ab dem|ab|den|dem)${W})?`;
const MODIFIER = String.raw`(?<modifier>(?:dies|letzt|vergangen|vorig|nächst|kommend|laufend)e[nmrs]?)`;
const WEEKDAY_NAMES = alternation(Object.keys(WEEKDAYS));
/**
 * A weekday written beside a day's date names that same day: "am Sonntag, 15. März", "ab Donnerstag, dem
 * 30. August", "Dienstag, den 3.12.", "am 15. März (Sonntag)". It is read as part of the date's match, so the
 * weekday rule cannot file it as a second day (issue #16: "Am Sonntag, 15. März 2020" was also filed under
 * a Sunday five weeks later). Its preposition is the date's (`ab Donnerstag, dem 30. August`: since).
 */
const WEEKDAY_BEFORE = String.raw`(?:(?:(?:nächst|kommend)e[nmrs]?${W})?(?<weekday>${WEEKDAY_NAMES}),?${W}(?:(?:den|dem)${W})?)?`;
const WEEKDAY_AFTER = String.raw`(?:,?(?:${W})?\((?<weekdayAfter>${WEEKDAY_NAMES})\))?`;

/** A rule from its parts; `flags` default to case-insensitive. */
export const rule = (name: string, hint: RegExp, source: string, resolve: DateRule['resolve'], flags = 'giu'): DateRule => ({
  name,
  hint,
  pattern: new RegExp(source, flags),
  resolve,
});

const MONTH_HINT = new RegExp(alternation(Object.keys(MONTH_NAMES)), 'i');

const monthNumber = (name: string | undefined) => MONTH_NAMES[name?.toLowerCase() ?? ''] ?? MONTH_ABBREVIATIONS[name?.toLowerCase() ?? ''];

/**
 * A day given with its month; the year, when missing, from the publication date. A weekday written beside
 * it picks that year when the clause's direction gives the wrong weekday and the other direction the right
 * one ("am Sonntag, 27. Februar", said in January 2022, is 2022, a Sunday); when neither fits, the
 * explicit date stands and the weekday is ignored. `words` are the weekday names and preposition
 * qualifiers of the rule's language (German by default; English rules pass theirs).
 */
export function dayOf(
  day: number,
  month: number,
  g: Record<string, string | undefined>,
  context: RuleContext,
  words: { weekdays: Readonly<Record<string, number>>; qualifier: (preposition: string | undefined) => DateQualifier | undefined } = { weekdays: WEEKDAYS, qualifier: prepositionQualifier },
): Resolution | undefined {
  const qualifier = words.qualifier(g.prep);
  if (g.year) {
    const iso = toIsoDate(Number(g.year), month, day);
    return iso ? { date: dayRange(iso), precision: 'day', qualifier, inferred: false } : undefined;
  }
  if (!context.published || !toIsoDate(2000, month, day)) return undefined; // 2000 is a leap year: 29 February passes.
  // A 29 February stands for the 28th in common years, so every year has a candidate.
  const occurrence = (y: number) => dayRange(toIsoDate(y, month, day) ?? isoOf(y, month + 1, 0));
  const weekday = words.weekdays[(g.weekday ?? g.weekdayAfter ?? '').toLowerCase()];
  const readings = [context.direction, 'past', 'future'] as const;
  const dates = readings.map((reach) => nearestYearly(context.published!, reach, occurrence));
  const date = dates.find((d) => isoWeekday(d.start) === weekday) ?? dates[0]!;
  return { date, precision: 'day', qualifier, inferred: true };
}

export const DATE_RULES: readonly DateRule[] = [
  // "3.12." without a year is a date only after a weekday: alone it may be a version, a score or a list number.
  rule(
    'numeric-date',
    /\d\.\d{1,2}\./,
    String.raw`(?<![\p{L}\p{N}.])${DAY_PREPOSITION}${WEEKDAY_BEFORE}(?<day>\d{1,2})\.(?<num>\d{1,2})\.(?:${YEAR}|(?![\p{N}]))${WEEKDAY_AFTER}`,
    (g, c) => (g.year || g.weekday || g.weekdayAfter ? dayOf(Number(g.day), Number(g.num), g, c) : undefined),
  ),

  rule(
    'day-and-month',
    /\d\.[\s\u00a0]*\p{L}/u,
    String.raw`${START}${DAY_PREPOSITION}${WEEKDAY_BEFORE}(?<day>\d{1,2})\.[\s\u00a0]*(?:${MONTH}|(?<abbr>${alternation(Object.keys(MONTH_ABBREVIATIONS))})\.?)(?:${W}${YEAR})?${END}${WEEKDAY_AFTER}`,
    (g, c) => dayOf(Number(g.day), monthNumber(g.month ?? g.abbr) ?? 0, g, c),
  ),

  rule('month', MONTH_HINT, String.raw`${START}(?:(?<prep>im|seit|bis|ab|anfang|mitte|ende)${W})?${MONTH}(?:${W}${YEAR})?${END}`, (g, c) => {
    if (!g.prep && !g.year) return undefined; // A bare "August" may be a name.
    const month = monthNumber(g.month) ?? 0;
    const qualifier = prepositionQualifier(g.prep);
    if (g.year) return { date: monthRange(Number(g.year), month), precision: 'month', qualifier, inferred: false };
    if (!c.published) return undefined;
    return { date: nearestYearly(c.published, c.direction, (y) => monthRange(y, month)), precision: 'month', qualifier, inferred: true };
  }),

  rule('part-of-this-period', /anfang|mitte|ende/i, String.raw`${START}(?<part>anfang|mitte|ende)${W}(?:(?:des|dieses)${W})?(?:${MODIFIER}${W})?(?<unit>monats|jahres)${END}`, (g, c) => {
    if (!c.published) return undefined;
    const { year, month } = parseIso(c.published);
    const stem = g.modifier?.toLowerCase().replace(/e[nmrs]?$/, '');
    const shift = stem === 'letzt' || stem === 'vergangen' || stem === 'vorig' ? -1 : stem === 'nächst' || stem === 'kommend' ? 1 : 0;
    const qualifier = PART_OF_PERIOD[g.part?.toLowerCase() ?? ''];
    return g.unit?.toLowerCase() === 'monats'
      ? { date: monthRange(year, month + shift), precision: 'month', qualifier, inferred: true }
      : { date: yearRange(year + shift), precision: 'year', qualifier, inferred: true };
  }),

  rule('this-period', /monat|jahr|woche/i, String.raw`${START}(?:(?:in${W}der|im|in)${W})?${MODIFIER}${W}(?<unit>monat|jahr|woche)${END}`, (g, c) => {
    if (!c.published) return undefined;
    const reach = reachOf(g.modifier, c.direction);
    const shift = reach === 'before' ? -1 : reach === 'after' ? 1 : 0;
    const { year, month } = parseIso(c.published);
    const unit = g.unit?.toLowerCase();
    if (unit === 'woche') return { date: weekRange(addDays(c.published, 7 * shift)), precision: 'week', inferred: true };
    if (unit === 'monat') return { date: monthRange(year, month + shift), precision: 'month', inferred: true };
    return { date: yearRange(year + shift), precision: 'year', inferred: true };
  }),

  rule('year', /\d{4}/, String.raw`(?<![\p{L}\p{N}.,])(?<prep>im jahre?|seit dem jahre?|bis zum jahre?|seit|bis|ab|anfang|mitte|ende|jahr)${W}${YEAR}`, (g) => ({
    date: yearRange(Number(g.year)), precision: 'year', qualifier: prepositionQualifier(g.prep), inferred: false,
  })),

  // A bare number followed by a noun is a count ("2000 Soldaten"), not a year. Case-sensitive, for the capital.
  rule('bare-year', /\d{4}/, String.raw`(?<![\p{L}\p{N}.,])${YEAR}(?!${W}\p{Lu}\p{Ll})`, (g) => ({
    date: yearRange(Number(g.year)), precision: 'year', inferred: false,
  }), 'gu'),

  rule(
    'season',
    new RegExp(alternation(Object.keys(SEASONS)), 'i'),
    String.raw`${START}(?:(?<prep>im|in|seit dem|seit|bis zum|bis)${W})?(?:${MODIFIER}${W})?(?<season>${alternation(Object.keys(SEASONS))})(?:${W}${YEAR})?${END}`,
    (g, c) => {
      if (!g.prep && !g.modifier && !g.year) return undefined;
      const season = SEASONS[g.season?.toLowerCase() ?? ''] ?? 'summer';
      const qualifier = prepositionQualifier(g.prep);
      if (g.year) return { date: seasonRange(season, Number(g.year)), precision: 'season', qualifier, inferred: false };
      if (!c.published) return undefined;
      const reach = reachOf(g.modifier, c.direction);
      let date = nearestYearly(c.published, reach, (y) => seasonRange(season, y));
      // "in diesem Sommer … stattfand", said in March: that summer is the one of the year just mentioned.
      if (reach === 'containing' && c.direction !== 'future' && date.start > c.published) {
        if (c.contextYear === undefined) return undefined;
        date = seasonRange(season, c.contextYear);
      }
      return { date, precision: 'season', qualifier, inferred: true };
    },
  ),

  rule(
    'weekday',
    /tag|mittwoch|sonnabend/i,
    String.raw`${START}(?:(?<prep>am|seit|bis|ab|vom)${W})?(?:${MODIFIER}${W})?(?<weekday>${alternation(Object.keys(WEEKDAYS))})(?<time>abend|morgen|vormittag|nachmittag|mittag|nacht)?${END}`,
    (g, c) => {
      if ((!g.prep && !g.modifier && !g.time) || !c.published) return undefined;
      const day = nearestWeekday(c.published, reachOf(g.modifier, c.direction), WEEKDAYS[g.weekday?.toLowerCase() ?? ''] ?? 1);
      const qualifier = TIME_OF_DAY[g.time?.toLowerCase() ?? ''] ?? prepositionQualifier(g.prep);
      return { date: dayRange(day), precision: 'day', qualifier, inferred: true };
    },
  ),

  rule(
    'relative-day',
    /gestern|morgen|heute/i,
    // "am Morgen", "jeden Morgen" are the noun (morning), not tomorrow; a bare "heute" mostly means "nowadays".
    String.raw`(?<![\p{L}\p{N}])(?<!(?:am|jeden|guten|den|der|des|einen)${W})(?<word>vorgestern|gestern|übermorgen|morgen|heute(?=${W}(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)))(?:${W}(?<time>früh|morgen|vormittag|mittag|nachmittag|abend|nacht))?${END}`,
    (g, c) => {
      if (!c.published) return undefined;
      const offset = { vorgestern: -2, gestern: -1, heute: 0, morgen: 1, übermorgen: 2 }[g.word?.toLowerCase() ?? ''] ?? 0;
      const qualifier = TIME_OF_DAY[g.time?.toLowerCase() ?? ''];
      return { date: dayRange(addDays(c.published, offset)), precision: 'day', qualifier, inferred: true };
    },
  ),
];
