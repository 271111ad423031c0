/**
 * Whitespace as copied from web pages: NBSP between a dateline and its text,
 * thin spaces in numbers, CRLF line ends, tabs, soft hyphens. The cleaner
 * compares and publishes text in this normal form, while its offsets keep
 * pointing at the untouched source.
 */

/**
 * Invisible characters that carry no text: soft hyphen, zero-width space,
 * word joiner, BOM. Not the zero-width (non-)joiners: they hold emoji
 * sequences (👩‍👩‍👧) and Persian or Indic words together.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

/** Whitespace other than the line feed (JavaScript's `\s` covers NBSP, thin spaces, U+2028 and friends). */
const SPACE_RUN = /[^\S\n]+/g;

/** One character that is never published: whitespace or invisible. */
const UNPUBLISHED = /^[\s\u00ad\u200b\u2060\ufeff]$/;

/** Collapses whitespace runs to one space (keeping line feeds), drops invisible characters, trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_RUN, ' ').replace(/ *\n */g, '\n').trim();
}

/** True when the character at `index` is whitespace or invisible, so never published. */
export function isSpaceAt(text: string, index: number): boolean {
  return UNPUBLISHED.test(text[index] ?? '');
}

/** The range of `text` from its first to just past its last published character (`start === end` when none). */
export function visibleRange(text: string): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  while (start < end && isSpaceAt(text, start)) start += 1;
  while (end > start && isSpaceAt(text, end - 1)) end -= 1;
  return { start, end };
}
