/**
 * Frames: a page Astro renders once per kind of page Dossier writes itself,
 * with placeholders where each page differs. Everything the layout does
 * (head, header, footer, the bundled stylesheets and scripts, the CSP with
 * their hashes) stays Astro's; filling a frame is string concatenation.
 */
import { escapeHtml } from './html.ts';
import type { PageDocument } from './page-document.ts';

/** What a frame page passes to the layout in place of each page's own values. */
export const FRAME_TOKENS = {
  title: '__DOSSIER_TITLE__',
  description: '__DOSSIER_DESCRIPTION__',
  ogType: '__DOSSIER_OGTYPE__',
  published: '__DOSSIER_PUBLISHED__',
  /** Below the base; the layout turns it into the canonical URL. */
  canonical: '__DOSSIER_CANONICAL__',
  head: '<!--__DOSSIER_HEAD__-->',
  main: '<!--__DOSSIER_MAIN__-->',
} as const;

type Slot = keyof typeof FRAME_TOKENS | 'publishedTag';

/** A frame split at its placeholders. */
export interface PageFrame {
  parts: readonly string[];
  slots: readonly Slot[];
}

/** The tag the layout writes for `published`: present only on pages that have a date. */
const PUBLISHED_TAG = `<meta property="article:published_time" content="${FRAME_TOKENS.published}">`;

/**
 * Splits a rendered frame at its placeholders. Fails, naming `file`, when a
 * placeholder the pages need is missing: a layout change must not silently
 * drop every claim page's title.
 */
export function compileFrame(frameHtml: string, file: string): PageFrame {
  for (const name of ['title', 'description', 'ogType', 'canonical', 'main'] as const) {
    if (!frameHtml.includes(FRAME_TOKENS[name])) throw new Error(`The page frame ${file} lacks the placeholder ${FRAME_TOKENS[name]}; see src/lib/render/page-frame.ts.`);
  }
  const tokens: [string, Slot][] = [[PUBLISHED_TAG, 'publishedTag'], ...Object.entries(FRAME_TOKENS).map(([slot, token]): [string, Slot] => [token, slot as Slot])];
  const pattern = new RegExp(tokens.map(([token]) => token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const bySource = new Map(tokens);
  const parts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const match of frameHtml.matchAll(pattern)) {
    parts.push(frameHtml.slice(last, match.index));
    slots.push(bySource.get(match[0])!);
    last = match.index + match[0].length;
  }
  parts.push(frameHtml.slice(last));
  return { parts, slots };
}

/** The complete HTML of the page at `path` (below the base): the frame with the document's values, escaped where they are text. */
export function fillFrame(frame: PageFrame, page: PageDocument, path: string): string {
  const value = (slot: Slot): string => {
    switch (slot) {
      case 'title':
        return escapeHtml(page.title);
      case 'description':
        return escapeHtml(page.description);
      case 'ogType':
        return page.ogType;
      case 'published':
        return escapeHtml(page.published ?? '');
      case 'publishedTag':
        return page.published === undefined ? '' : PUBLISHED_TAG.replace(FRAME_TOKENS.published, escapeHtml(page.published));
      case 'canonical':
        return escapeHtml(page.canonical ?? path);
      case 'head':
        return page.head?.value ?? '';
      case 'main':
        return page.main.value;
    }
  };
  let out = frame.parts[0]!;
  for (let i = 0; i < frame.slots.length; i++) out += value(frame.slots[i]!) + frame.parts[i + 1]!;
  return out;
}
