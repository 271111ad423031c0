/**
 * Finds the main text of a page with Mozilla Readability (on linkedom) and
 * marks which of the page's visible lines belong to it. Readability rebuilds
 * the article's markup (it retries from a serialised copy, renames tags,
 * splits `<br>` runs), so its output is matched back to the page's lines by
 * their text, in order (see align-lines.ts), rather than by node identity.
 */
import { Readability } from '@mozilla/readability';
import { alignLines } from './align-lines.ts';
import { visibleText, type DomNode, type PageLine } from './visible-text.ts';

/** Readability's verdict on a page. */
export interface MainText {
  /** `inMain[i]` is true when page line `i` is part of the extracted main text. */
  inMain: boolean[];
  /** The headline Readability found (from metadata or the page), if any. */
  title: string | undefined;
}

/** Text compared without any whitespace, so line breaks Readability adds or removes do not matter. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

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
  return { inMain: alignLines(lines.map((line) => squeeze(line.text)), article), title: parsed?.title ?? undefined };
}
