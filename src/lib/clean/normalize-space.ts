/**
 * Whitespace as copied from web pages: NBSP between a dateline and its text,
 * thin spaces in numbers, CRLF line ends, tabs. The cleaner compares and
 * publishes text in this normal form, while its offsets keep pointing at the
 * untouched source.
 */

/** Every character the cleaner treats as a space (besides `\n`). */
const SPACE_LIKE = /[\t\r\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Invisible characters that carry no text: soft hyphen, zero-width space/joiners, BOM. */
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;

/** Collapses space-like runs to one space, drops invisible characters, trims. */
export function normalizeSpace(text: string): string {
  return text.replace(INVISIBLE, '').replace(SPACE_LIKE, ' ').replace(/ *\n */g, '\n').trim();
}

/** True when the text holds nothing but whitespace and invisible characters. */
export function isBlank(text: string): boolean {
  return normalizeSpace(text) === '';
}

/** True when the character at `index` is whitespace or invisible (never published). */
export function isSpaceAt(text: string, index: number): boolean {
  const ch = text[index] ?? '';
  return ch === '\n' || /[\t\r\f\v \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u00ad\u200b\u200c\u200d\u2060\ufeff]/.test(ch);
}
