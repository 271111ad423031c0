/**
 * The form of a sentence that its permanent id is computed from. Changes a
 * reader cannot see or would not call an edit (quote style, dash style,
 * Unicode compatibility forms, soft hyphens, zero-width characters,
 * whitespace) leave it unchanged, so they never move a permalink.
 */

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const DOUBLE_QUOTES = /[„“”‟″〝〞«»❝❞＂]/g;
const SINGLE_QUOTES = /[‚‘’‛′‹›❛❜`´]/g;
const DASHES = /[‐‑‒–—―−﹘﹣－]/g;

/** Normalises a sentence for identity: NFKC, one quote and dash style, no invisibles, single spaces. */
export function normalizeClaim(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
