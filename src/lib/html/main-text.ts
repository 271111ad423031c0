/**
 * Finds the main text of a page with Mozilla Readability (on linkedom) and
 * marks which of the page's visible lines belong to it. Readability rebuilds
 * the article's markup (it retries from a serialised copy, renames tags,
 * splits `<br>` runs), so its output is matched back to the page's lines by
 * their text, in order, rather than by node identity.
 */
import { Readability } from '@mozilla/readability';
import type { PageLine } from './visible-text.ts';
import { visibleText, type DomNode } from './visible-text.ts';

/** Readability's verdict on a page. */
export interface MainText {
  /** `inMain[i]` is true when page line `i` is part of the extracted main text. */
  inMain: boolean[];
  /** The headline Readability found (from metadata or the page), if any. */
  title: string | undefined;
}

/** Text compared without any whitespace, so line breaks Readability adds or removes do not matter. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A line this long found later in the article is the article, even if something between was skipped. */
const ANCHOR_CHARS = 40;

/**
 * Runs Readability on `document` (which it changes: pass a document whose
 * visible text has already been read) and aligns its output to `lines`.
 */
export function findMainText(document: unknown, lines: readonly PageLine[]): MainText {
  const inMain = lines.map(() => false);
  let parsed: { title?: string | null; content?: unknown } | null = null;
  try {
    parsed = new Readability(document as Document, { serializer: (el: Node) => el, charThreshold: 300 }).parse();
  } catch {
    // Readability gives up on some broken documents; then nothing is main text.
  }
  const content = parsed?.content as DomNode | undefined;
  if (!content) return { inMain, title: parsed?.title ?? undefined };
  const article = squeeze(visibleText(content).source);
  let cursor = 0;
  lines.forEach((line, i) => {
    const needle = squeeze(line.text);
    if (needle === '') return;
    const at = article.indexOf(needle, cursor);
    if (at === -1) return;
    // Short lines ("Teilen", a date) occur anywhere: accept them only where the article continues.
    if (at - cursor > 0 && needle.length < ANCHOR_CHARS && at - cursor > 2) return;
    inMain[i] = true;
    cursor = at + needle.length;
  });
  return { inMain, title: parsed?.title ?? undefined };
}
