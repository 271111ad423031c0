/**
 * Which way a date without a year (or a weekday) points from the article's
 * publication date. News reports mostly look back, so the default is the
 * past; a date points ahead only when its own clause says the event is
 * still to come ("wird am Donnerstag … führen", "für den 10. Januar
 * geplante Treffen", "am Freitag stattfinden könnte").
 *
 * Only the clause matters, not the sentence: in "Trump sagte am Dienstag,
 * er werde … telefonieren" the Tuesday is past though the call is future.
 */

/** The direction in which an incomplete date is resolved. */
export type Direction = 'past' | 'future';

/** Punctuation that ends a clause in a German sentence: commas, colons, brackets, quotes, dashes. */
const CLAUSE_BOUNDARY = /[,;:()[\]„“”"«»‚‘’–—]|\s-\s/gu;

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
]);

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

/** `future` when the clause around the date contains a future marker, else `past`. */
export function directionAt(text: string, start: number, end: number): Direction {
  const words = clauseAround(text, start, end).toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word) => FUTURE_WORDS.has(word)) ? 'future' : 'past';
}
