/**
 * What the crawl holds every page to: page types, which of them are meant to
 * be shared (and so need Open Graph tags), byte budgets, and the HTML rules.
 */
import type { ConfigData } from 'html-validate';

/** The type of a page from its path below the site's base (`/`, `/articles/x/`, …). */
export function pageType(path: string): string {
  if (path === '/') return 'home';
  if (/^\/articles\/[^/]+\/original\/$/.test(path)) return 'original';
  if (/^\/articles\/[^/]+\/$/.test(path)) return 'article';
  if (/^\/c\/[^/]+\/$/.test(path)) return 'claim';
  if (/^\/(?:analysen|analyses)\/[^/]+\/$/.test(path)) return 'analysis';
  if (path === '/entities/') return 'entities';
  if (/^\/entities\/[^/]+\/$/.test(path)) return 'entity';
  if (path === '/404/' || path === '/404.html') return '404';
  return path.split('/')[1] ?? 'other';
}

/** Page types people share: they need og:title, og:description, og:url and og:type. */
export const SHAREABLE = new Set(['home', 'article', 'claim', 'entity', 'entities', 'timeline', 'analysis']);

/**
 * Bytes (gzip) of HTML + CSS + JS on a first visit, per page type. A page
 * whose HTML fits the first TCP round trip (~14 KB) renders after one round
 * trip; the CSS is shared and cached after the first page. For scale, a
 * Starlight docs page ships about 50 KB compressed on a first visit: we hold
 * every page type well under that, and article pages (long texts with a
 * permalink per sentence) and the entity index (an SVG network) at 50 KB.
 * An analysis is held to the article's budget: its quotations are claims'
 * sentences, each a few hundred bytes, well inside the margin.
 */
export const BYTE_BUDGET: Record<string, number> = {
  default: 30_000,
  article: 50_000,
  analysis: 50_000,
  original: 50_000,
  entities: 50_000,
  search: 50_000,
  timeline: 50_000,
};

/**
 * html-validate's recommended rules, minus the ones about source style that
 * Astro's serialiser decides (self-closing void elements, attribute quoting,
 * doctype case) rather than about validity or accessibility, and the 70
 * character title limit: a news headline or a quoted claim is the page's
 * title and is not ours to shorten.
 */
export const htmlValidateConfig: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'doctype-style': 'off',
    'long-title': 'off',
  },
};
