/**
 * How a claim page presents itself when shared (Open Graph, the document
 * title): the quote as the title, its source as the description.
 */
import { shortenAtWord } from '../render/excerpt.ts';
import { formatIsoDate } from '../render/format-date.ts';

/** Link previews cut titles around here; the quote is cut at a word before that. */
export const SHARE_TITLE_LENGTH = 200;

/** The quote as a share title: whole when it fits, else cut at a word and marked `…`. */
export function claimShareTitle(text: string): string {
  return shortenAtWord(text, SHARE_TITLE_LENGTH);
}

/** Where a claim comes from, in one line: `SeaPRwire · 12. März 2025 · <article title>` (no date when unknown). */
export function claimSource(source: { outlet: string; published?: string; title: string; language: string }): string {
  const date = source.published === undefined ? [] : [formatIsoDate(source.published, source.language)];
  return [source.outlet, ...date, source.title].join(' · ');
}
