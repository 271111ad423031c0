/**
 * Which way a date without a year (or a weekday) points from the article's
 * publication date. News reports mostly look back, so the default is the
 * past; a date points ahead only when its own clause says the event is
 * still to come ("wird am Donnerstag … führen", "für den 10. Januar
 * geplante Treffen", "am Freitag stattfinden könnte", "findet am Mittwoch
 * statt", "steht am Samstag an"). A clause built on a present "ist"/"sind"
 * ("Am 5. Februar ist Hauptversammlung bei Siemens") reads the nearer way.
 *
 * Only the clause matters, not the sentence: in "Trump sagte am Dienstag,
 * er werde … telefonieren" the Tuesday is past though the call is future.
 */

/**
 * The direction in which an incomplete date is resolved: `past` (the default), `future` (a future or
 * schedule word), or `present` for a clause in the present that names no time (`Am 5. Februar ist
 * Hauptversammlung`), which takes whichever reading lies nearer to publication: the present announces
 * what is close ahead, and in a narrative present ("Es ist der 13. November") the nearer day is the past one.
 */
export type Direction = 'past' | 'future' | 'present';

/** Punctuation that ends a clause in a German sentence: commas (not the decimal one of "34,45"), colons, brackets, quotes, dashes. */
const CLAUSE_BOUNDARY = /(?<!\d),|,(?!\d)|[;:()[\]„“”"«»‚‘’–—]|\s-\s/gu;

/**
 * Words that put a clause in the future: the future auxiliary (also the
 * Konjunktiv forms reported speech uses for it), "soll" for scheduled
 * events, planning words and modal guesses about what may happen.
 */
const FUTURE_WORDS = new Set([
  'wird', 'werde', 'werden', 'wirst', 'würde', 'würden',
  'soll', 'solle', 'sollen',
  'geplant', 'geplante', 'geplanten', 'geplanter', 'geplantes', 'plant', 'planen', 'planten',
  'voraussichtlich', 'bevorstehend', 'bevorstehende', 'bevorstehenden', 'anstehende', 'anstehenden',
  'könnte', 'könnten', 'künftig', 'demnächst',
  'will', 'stattfindet', 'ansteht', 'anstehen',
]);

/** Separable verbs of a schedule in the present, as finite verb and particle: "findet … statt", "steht … an". */
const SCHEDULE_VERBS: ReadonlyArray<readonly [ReadonlySet<string>, string]> = [
  [new Set(['findet', 'finden']), 'statt'],
  [new Set(['steht', 'stehen']), 'an'],
];

/** A present "ist"/"sind" speaks of now or what is near ("Am 5. Februar ist Hauptversammlung") unless it builds a perfect or passive. */
const COPULA = new Set(['ist', 'sind']);

/**
 * Words that look like a past participle, which turns "ist" into a perfect ("ist … gestorben",
 * "ist … eingetroffen", "sind … verhaftet worden"): ge- inside a word ending in -t/-en, -iert, or the
 * inseparable prefixes. Broad on purpose: a noun taken for a participle only keeps the past reading,
 * which was the behaviour before the present was recognised.
 */
const PARTICIPLE = /^(?:\p{L}*ge\p{L}{2,}(?:t|en)|\p{L}{3,}iert|(?:ver|er|be|ent|zer|über|unter)\p{L}{2,}(?:t|en)|worden)$/u;

/** The clause of `text` around `[start, end)`: from the boundary before it to the boundary after it. */
export function clauseAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const match of text.matchAll(CLAUSE_BOUNDARY)) {
    const at = match.index ?? 0;
    if (at + match[0].length <= start) from = at + match[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return text.slice(from, to);
}

/** `future` when the clause around the date has a future or schedule marker, `present` when it is built on a present "ist"/"sind", else `past`. */
export function directionAt(text: string, start: number, end: number): Direction {
  const clause = clauseAround(text, start, end);
  const words: string[] = clause.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.some((word) => FUTURE_WORDS.has(word))) return 'future';
  if (SCHEDULE_VERBS.some(([verbs, particle]) => words.includes(particle) && words.some((w) => verbs.has(w)))) return 'future';
  return words.some((w) => COPULA.has(w)) && !words.some((w) => PARTICIPLE.test(w)) ? 'present' : 'past';
}
