/**
 * One rule per shape of English date expression, as `./date-rules.ts` has
 * for German: "12 March 2025", "March 12, 2025", "on Tuesday evening",
 * "yesterday", "early March", "last autumn", "next week", "in 2021". The
 * patterns are case-sensitive where English capitals tell a month from a
 * word ("in May" against "it may"); prepositions take either case.
 */
import { addDays, dayRange, monthRange, parseIso, seasonRange, weekRange, yearRange } from './calendar.ts';
import { alternation } from './date-words.ts';
import { dayOf, END, rule, START, W, YEAR, type DateRule } from './date-rules.ts';
import {
  anyCase, ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS, ENGLISH_SEASONS, ENGLISH_TIME_OF_DAY, ENGLISH_WEEKDAYS, englishQualifier,
} from './english-date-words.ts';
import { nearestWeekday, nearestYearly, reachOf } from './infer-period.ts';

const words = (list: readonly string[]) => alternation(list.map(anyCase));
const MONTH = `(?:(?<month>${alternation(Object.keys(ENGLISH_MONTHS))})|(?<abbr>${alternation(Object.keys(ENGLISH_MONTH_ABBREVIATIONS))})\\.?)`;
const WEEKDAY_NAMES = alternation(Object.keys(ENGLISH_WEEKDAYS).map((d) => d.charAt(0).toUpperCase() + d.slice(1)));
const TIME = alternation(Object.keys(ENGLISH_TIME_OF_DAY));
const PART = String.raw`(?:${words(['early', 'late'])}|${anyCase('mid')}-?|(?:${words(['at', 'by', 'until', 'from'])}${W})?(?:the${W})?(?:end|beginning|start|middle)${W}of)`;
const DAY_PREPOSITION = String.raw`(?:(?<prep>${words(['on', 'since', 'from', 'until', 'till', 'by', 'for'])})${W})?`;
/** "Monday, 5 May 2025", "Tuesday, March 12": the weekday beside a date names that day (see `dayOf`). */
const WEEKDAY_BEFORE = String.raw`(?:(?<weekday>${WEEKDAY_NAMES}),?${W}(?:the${W})?)?`;
const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?';
const MODIFIER = String.raw`(?<modifier>${words(['last', 'next', 'this', 'coming', 'past', 'previous'])})`;
const SEASON_NAMES = alternation(Object.keys(ENGLISH_SEASONS).map(anyCase));

const monthOf = (g: Record<string, string | undefined>) => (g.month ? ENGLISH_MONTHS[g.month] : ENGLISH_MONTH_ABBREVIATIONS[g.abbr ?? '']) ?? 0;
const ENGLISH_DAY = { weekdays: ENGLISH_WEEKDAYS, qualifier: englishQualifier };
const MONTH_HINT = new RegExp(alternation([...Object.keys(ENGLISH_MONTHS), ...Object.keys(ENGLISH_MONTH_ABBREVIATIONS)]), 'u');

/** The English rules, tried like `DATE_RULES` by `findDateExpressions` for an article in English. */
export const ENGLISH_DATE_RULES: readonly DateRule[] = [
  // "12 March 2025", "on Monday, 5 May 2025", "the 1st of April".
  rule(
    'day-month',
    MONTH_HINT,
    String.raw`${START}${DAY_PREPOSITION}${WEEKDAY_BEFORE}(?:the${W})?(?<day>\d{1,2})${ORDINAL_SUFFIX}${W}(?:of${W})?${MONTH}(?:,?${W}${YEAR})?${END}`,
    (g, c) => dayOf(Number(g.day), monthOf(g), g, c, ENGLISH_DAY),
    'gu',
  ),
  // "March 12, 2025", "on April 1", "Sept. 15".
  rule(
    'month-day',
    MONTH_HINT,
    String.raw`${START}${DAY_PREPOSITION}${WEEKDAY_BEFORE}${MONTH}${W}(?<day>\d{1,2})${ORDINAL_SUFFIX}(?![\p{L}\p{N}]|[.:,]\d)(?:,?${W}${YEAR})?`,
    (g, c) => dayOf(Number(g.day), monthOf(g), g, c, ENGLISH_DAY),
    'gu',
  ),
  // "in March", "March 2025", "since Jan. 2024", "early March", "the end of May". A bare month may be a name ("April Ryan").
  rule('month', MONTH_HINT, String.raw`${START}(?:(?<prep>${words(['in', 'since', 'from', 'until', 'till', 'by'])}|${PART})(?:${W}|(?<=-)))?${MONTH}(?:,?${W}${YEAR})?${END}`, (g, c) => {
    if (!(g.prep && g.month) && !g.year) return undefined;
    const month = monthOf(g);
    const qualifier = englishQualifier(g.prep);
    if (g.year) return { date: monthRange(Number(g.year), month), precision: 'month', qualifier, inferred: false };
    if (!c.published) return undefined;
    return { date: nearestYearly(c.published, c.direction, (y) => monthRange(y, month)), precision: 'month', qualifier, inferred: true };
  }, 'gu'),

  // "in 2021", "since 2010", "by the end of 2024".
  rule('year', /\d{4}/, String.raw`${START}(?<prep>${words(['in', 'since', 'until', 'by', 'from'])}|${PART})(?:${W}|(?<=-))${YEAR}`, (g) => ({
    date: yearRange(Number(g.year)), precision: 'year', qualifier: englishQualifier(g.prep), inferred: false,
  }), 'gu'),

  // A year alone, unless a plural noun makes it a count ("2000 homes"); "2024 was" and "2024 has" are years.
  rule('bare-year', /\d{4}/, String.raw`(?<![\p{L}\p{N}.,£$€])${YEAR}(?!${W}(?!(?:was|is|has|as|this|its|his)\b)\p{Ll}+s\b)`, (g) => ({
    date: yearRange(Number(g.year)), precision: 'year', inferred: false,
  }), 'gu'),

  // "last autumn", "in the summer of 2020", "spring 2024"; a bare season is no date.
  rule(
    'season',
    new RegExp(SEASON_NAMES, 'u'),
    String.raw`${START}(?:(?<prep>${words(['in', 'since', 'until', 'by'])})${W}(?:the${W})?)?(?:${MODIFIER}${W})?(?<season>${SEASON_NAMES})(?:${W}(?:of${W})?${YEAR})?${END}`,
    (g, c) => {
      const name = g.season?.toLowerCase() ?? '';
      if (!g.modifier && !g.year && (!g.prep || name === 'fall')) return undefined;
      const season = ENGLISH_SEASONS[name] ?? 'summer';
      const qualifier = englishQualifier(g.prep);
      if (g.year) return { date: seasonRange(season, Number(g.year)), precision: 'season', qualifier, inferred: false };
      if (!c.published) return undefined;
      const date = nearestYearly(c.published, reachOf(g.modifier, c.direction), (y) => seasonRange(season, y));
      return { date, precision: 'season', qualifier, inferred: true };
    },
    'gu',
  ),

  // "last week", "this month", "next year".
  rule('this-period', /week|month|year/i, String.raw`${START}${MODIFIER}${W}(?<unit>week|month|year)${END}`, (g, c) => {
    if (!c.published || g.modifier?.toLowerCase() === 'past') return undefined; // "the past year" is the twelve months behind, no calendar year.
    const reach = reachOf(g.modifier, c.direction);
    const shift = reach === 'before' ? -1 : reach === 'after' ? 1 : 0;
    const { year, month } = parseIso(c.published);
    if (g.unit === 'week') return { date: weekRange(addDays(c.published, 7 * shift)), precision: 'week', inferred: true };
    if (g.unit === 'month') return { date: monthRange(year, month + shift), precision: 'month', inferred: true };
    return { date: yearRange(year + shift), precision: 'year', inferred: true };
  }, 'gu'),

  // "on Tuesday", "last Friday", "Tuesday evening"; a bare weekday is left alone, as in German ("Super Tuesday" is no date).
  rule(
    'weekday',
    new RegExp(WEEKDAY_NAMES, 'u'),
    String.raw`${START}(?:(?<prep>${words(['on', 'since', 'until', 'from', 'by'])})${W})?(?:${MODIFIER}${W})?(?<weekday>${WEEKDAY_NAMES})(?:${W}(?<time>${TIME}))?${END}`,
    (g, c) => {
      if ((!g.prep && !g.modifier && !g.time) || !c.published) return undefined;
      const day = nearestWeekday(c.published, reachOf(g.modifier, c.direction), ENGLISH_WEEKDAYS[g.weekday?.toLowerCase() ?? ''] ?? 1);
      const qualifier = ENGLISH_TIME_OF_DAY[g.time ?? ''] ?? englishQualifier(g.prep);
      return { date: dayRange(day), precision: 'day', qualifier, inferred: true };
    },
    'gu',
  ),

  // "yesterday", "tomorrow evening", "last night", "the day before yesterday". A bare "today" mostly means "nowadays".
  rule(
    'relative-day',
    /yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening)/i,
    String.raw`${START}(?:(?<before>the day before yesterday|the day after tomorrow)|(?<word>yesterday|tomorrow|tonight|last night|this(?=${W}(?:morning|afternoon|evening))))(?:${W}(?<time>${TIME}))?${END}`,
    (g, c) => {
      if (!c.published) return undefined;
      const phrase = (g.before ?? g.word ?? '').toLowerCase();
      const offset = { 'the day before yesterday': -2, yesterday: -1, 'last night': -1, this: 0, tonight: 0, tomorrow: 1, 'the day after tomorrow': 2 }[phrase] ?? 0;
      const qualifier = ENGLISH_TIME_OF_DAY[g.time?.toLowerCase() ?? ''] ?? (phrase === 'tonight' || phrase === 'last night' ? 'night' : undefined);
      return { date: dayRange(addDays(c.published, offset)), precision: 'day', qualifier, inferred: true };
    },
    'giu',
  ),
];
