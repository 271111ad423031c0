/**
 * Finds the date expressions in a German sentence and resolves each against
 * the article's publication date, keeping the precision the words really
 * have: "am 12. Februar" is a day, "Mitte Juni" a month (its middle),
 * "im Sommer 2020" a season, "2023" a year.
 *
 * Incomplete dates lean to the past (news looks back): "am Dienstag" is the
 * last Tuesday on or before publication, "am 12. Februar" the last such day.
 * They point ahead only when their clause speaks of the future ("wird",
 * "soll", "geplant", "könnte", "findet … statt"; see `tense.ts`), or when a
 * word says so ("am kommenden Freitag"); a clause in the present ("Am 5.
 * Februar ist Hauptversammlung") takes the nearer reading. Expressions that
 * need the publication date are skipped when the article has none.
 */
import type { IsoRange } from './calendar.ts';
import type { DateQualifier } from './date-words.ts';
import { DATE_RULES, type DatePrecision } from './date-rules.ts';
import { ENGLISH_DATE_RULES } from './english-date-rules.ts';
import { notAnEvent } from './not-events.ts';
import { directionAt } from './tense.ts';
import { primaryLanguage } from '../text/primary-language.ts';

export type { DatePrecision } from './date-rules.ts';
export type { DateQualifier } from './date-words.ts';

/** A date expression found in a text, resolved to a range of days. */
export interface DateExpression {
  /** The words, exactly as in the text (with a leading preposition such as `am`, `seit dem`). */
  text: string;
  /** UTF-16 offsets of `text` in the searched text. */
  start: number;
  end: number;
  /** First and last day the expression can mean, `YYYY-MM-DD`. */
  date: IsoRange;
  precision: DatePrecision;
  /** Which part of the range (`Mitte Juni`: mid), or that it opens one (`seit 2010`: since). */
  qualifier?: DateQualifier;
  /** Part of the date (its year, its week) comes from the publication date, not the words. */
  inferred?: true;
}

/** What resolving needs besides the text. */
export interface DateContext {
  /** Publication date of the article, `YYYY-MM-DD`. */
  published?: string | undefined;
  /** The last year stated explicitly earlier in the paragraph (see {@link datesOfSentences}). */
  contextYear?: number | undefined;
  /** The article's language (BCP 47, default `de`): picks the date words and tense words, never guessed from the text. */
  language?: string | undefined;
}

/**
 * Every date expression in `text`, in text order, none overlapping: where
 * two rules match overlapping words the longer match wins (`im Mai 2024`
 * over `2024`), so each expression is reported once, at its full extent.
 */
export function findDateExpressions(text: string, context: DateContext = {}): DateExpression[] {
  const found: DateExpression[] = [];
  const language = context.language ?? 'de';
  for (const rule of primaryLanguage(language) === 'en' ? ENGLISH_DATE_RULES : DATE_RULES) {
    if (!rule.hint.test(text)) continue;
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      const direction = directionAt(text, start, end, language);
      const resolved = rule.resolve(match.groups ?? {}, { ...context, direction });
      if (!resolved) continue;
      const { date, precision, qualifier, inferred } = resolved;
      found.push({
        text: match[0],
        start,
        end,
        date,
        precision,
        ...(qualifier && { qualifier }),
        ...(inferred && { inferred: true as const }),
      });
    }
  }
  const kept: DateExpression[] = [];
  for (const expression of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.every((k) => expression.end <= k.start || expression.start >= k.end)) kept.push(expression);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The event dates of consecutive sentences of one paragraph: a page's time
 * stamp, copyright or author bio dates no event (see `not-events.ts`). A year
 * stated in one sentence is the context of the next: "Im Jahr 2023 sprach
 * … Die Meuterei, die in diesem Sommer stattfand" means summer 2023, not the
 * summer after publication.
 */
export function datesOfSentences(sentences: readonly string[], published: string | undefined, language = 'de'): DateExpression[][] {
  let contextYear: number | undefined;
  return sentences.map((sentence) => {
    const expressions = findDateExpressions(sentence, { published, contextYear, language }).filter((e) => !notAnEvent(sentence, e));
    const stated = expressions.filter((e) => !e.inferred);
    if (stated.length > 0) contextYear = Number(stated.at(-1)!.date.start.slice(0, 4));
    return expressions;
  });
}
