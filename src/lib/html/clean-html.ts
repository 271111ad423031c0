/**
 * Cleans a saved web page: its visible text is the source, Readability
 * finds the main text in it, and Dossier's own rules judge the lines of that
 * main text as they judge a text article's. Every line left out is a
 * removal with its rule and reason, so the cleaned text is the source minus
 * the removals, exactly as for text articles.
 */
import { normalizeSpace } from '../clean/normalize-space.ts';
import type { Block, CleanedArticle, CleanOptions, Removal, Span } from '../clean/types.ts';
import { judgeLines } from './judge-lines.ts';
import { findMainText } from './main-text.ts';
import { parsePage } from './parse-page.ts';
import { findTitle } from './find-title.ts';
import { withoutTail } from './page-title.ts';
import { readPageMetadata, type PageMetadata, type PageMetadataOptions } from './page-metadata.ts';
import { visibleText, type DomNode } from './visible-text.ts';

/** A cleaned page: its visible text, the cleaned article indexing into it, and what the page states about itself. */
export interface CleanedPage {
  source: string;
  cleaned: CleanedArticle;
  /** Read from the whole page before Readability, which removes the JSON-LD scripts from the document it works on. */
  metadata: PageMetadata;
}

/**
 * A saved page's visible text alone, exactly the `source` {@link cleanHtmlPage}
 * gives, without finding the main text: what reading the dossier's files needs.
 */
export function pageText(html: string): string {
  return pageLines(parsePage(html)).source;
}

/** Cleans one saved page. Never throws on odd markup; a page without main text yields no blocks. */
export function cleanHtmlPage(html: string, options: CleanOptions & PageMetadataOptions = {}): CleanedPage {
  const language = options.language ?? 'de';
  const parsed = parsePage(html);
  const { source, lines } = pageLines(parsed);
  // Before Readability, which removes the JSON-LD scripts the headline is read from.
  const metadata = readPageMetadata(parsed, options.url === undefined ? {} : { url: options.url });
  const main = findMainText(parsed, lines);
  const pageTitle = findTitle(lines, main.inMain, {
    text: metadata.title,
    fromTitleTag: metadata.evidence.title === '<title>',
    all: metadata.statedTitles,
  });
  const title = pageTitle.line;

  const blocks: Block[] = [];
  const removed: Removal[] = [];
  const verdicts = judgeLines(lines, main.inMain, title, { ...options, language });
  lines.forEach((line, i) => {
    if (i === title) return;
    const verdict = verdicts[i]!;
    const span: Span = { start: line.start, end: line.end };
    if ('kind' in verdict) blocks.push({ kind: verdict.kind, text: normalizeSpace(line.text), ...span });
    else removed.push({ ...span, text: source.slice(span.start, span.end), ...verdict });
  });
  const titleLine = lines[title];
  return {
    source,
    cleaned: {
      // The headline without a short tail (`- Vergleich`, `– Teil 49`) that the line or statement carries.
      title: withoutTail(normalizeSpace(pageTitle.text)),
      titleSpan: titleLine ? { start: titleLine.start, end: titleLine.end } : { start: 0, end: 0 },
      blocks,
      removed,
    },
    metadata,
  };
}

/** The visible text of the whole document, not `body`: broken pages can parse into several `<body>` elements. */
function pageLines(parsed: Document) {
  return visibleText(parsed.documentElement as unknown as DomNode);
}


/** Fewer characters of reading text than this, and a page is no article (a home page, a login wall, a JavaScript shell). */
export const MIN_ARTICLE_CHARS = 400;

/** True when a cleaned page kept too little reading text to be an article. */
export function hasLittleArticleText(cleaned: CleanedArticle): boolean {
  const chars = cleaned.blocks.filter((b) => b.kind !== 'heading').reduce((sum, b) => sum + b.text.length, 0);
  return chars < MIN_ARTICLE_CHARS;
}
