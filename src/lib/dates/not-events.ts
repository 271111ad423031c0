/**
 * Dates in a sentence that are no events: the page's own time stamp ("Stand:
 * 12.03.2020 14:05 Uhr", "19.10.2019, 15:30 Uhr", "Der Beitrag wurde am …
 * veröffentlicht"), its copyright ("© 2020 …", "Copyright 2019") and the
 * writer's career in a byline or author bio ("Schreibt seit 2008 für die taz",
 * "ist seit 2015 Redakteur bei …").
 *
 * The cleaner removes most such lines; those that reach claims keep their
 * text, but their dates are about the page or its author, so the claim is not
 * dated by them: not on the timeline, not in the date agreement of matching
 * claims (issue #16). Dropped, not kept with a kind, because nothing reads them.
 */
import type { DateExpression } from './date-expressions.ts';

/** Why a date is no event. */
export type NotAnEvent = 'stamp' | 'copyright' | 'byline';

/**
 * A label right before the date that makes it the page's stamp: "Stand:", "(Stand 14. Januar 2022)",
 * "Veröffentlicht am", and English pages' "Posted", "Updated on". "Stand" only as the noun: "Williams stand im April im Ring" is an event.
 */
const STAMP_LABEL =
  /(?:^|[^\p{L}])(?:Stand|[Aa]ktualisiert|[Vv]eröffentlicht|[Ee]rstellt|[Ee]ditiert|[Gg]eändert|[Pp]ubliziert|[Pp]osted|[Uu]pdated|[Pp]ublished)(?:[\s\u00a0]+(?:am|on))?[\s\u00a0]*[:,]?[\s\u00a0]*[([]?[\s\u00a0]*$/u;
/** "Der Beitrag wurde am … veröffentlicht": the post's own stamp, not a publication the post reports. */
const POST_STAMP = /^(?:der|dieser) (?:beitrag|artikel|eintrag|text)\b.*\b(?:veröffentlicht|aktualisiert|erstellt)\b/iu;
/** A clock time right after a sentence-initial date: "19.10.2019, 15:30 Uhr …", a page's time stamp. */
const CLOCK_AFTER = /^,[\s\u00a0]*\d{1,2}[:.]\d{2}(?!\d)/u;
/** A dateline: a place and the date, nothing else ("Berlin, 29. November 2022."). */
const DATELINE_BEFORE = /^\p{Lu}[\p{L}.\- ]*,[\s\u00a0]*$/u;
const COPYRIGHT = /©|\(c\)|\bcopyright\b|alle rechte vorbehalten|all rights reserved/iu;
/** Jobs of a byline; in an author bio they follow "seit 2015 (ist sie als)": "seit 2023 Redakteurin bei OMR". */
const JOB = String.raw`(?:chef)?(?:redakteur|journalist|autor|korrespondent|reporter|volontär|kolumnist|moderator|fotograf)(?:in)?`;
const CAREER = new RegExp(
  String.raw`\bseit[\s\u00a0]+(?:dem[\s\u00a0]+jahre?[\s\u00a0]+)?\d{4}[\s\u00a0]+(?:[\p{L}.]+[\s\u00a0]+){0,3}?(?:freie[rn]?[\s\u00a0]+)?${JOB}\b|\bschreibt[\s\u00a0]+seit[\s\u00a0]`,
  'iu',
);

/** Why `expression` in `sentence` dates no event, or `undefined` when it may. */
export function notAnEvent(sentence: string, expression: DateExpression): NotAnEvent | undefined {
  const before = sentence.slice(0, expression.start);
  const after = sentence.slice(expression.end);
  if (STAMP_LABEL.test(before) || POST_STAMP.test(sentence)) return 'stamp';
  if (!expression.inferred && before.trim() === '' && CLOCK_AFTER.test(after)) return 'stamp';
  if (!expression.inferred && DATELINE_BEFORE.test(before) && /^[\s\u00a0]*\.?[\s\u00a0]*$/u.test(after)) return 'stamp';
  if (expression.precision === 'year' && COPYRIGHT.test(sentence)) return 'copyright';
  if (CAREER.test(sentence)) return 'byline';
  return undefined;
}
