/**
 * A page Dossier writes itself, outside Astro's renderer: what differs from
 * one page of its kind to the next. The rest (document head, header, footer,
 * stylesheets, scripts, CSP) comes from a frame Astro renders once per kind.
 */
import type { SafeHtml } from './html.ts';

/** One page's own content; where it is written is the page source's business (`PageSource.path`). */
export interface PageDocument {
  /** The page's own title; the frame appends the dossier title. */
  title: string;
  description: string;
  ogType: 'website' | 'article';
  /** ISO date, for `article:published_time`. */
  published?: string;
  /** Not to be indexed, with no canonical URL: a draft's pages, which only `astro dev` shows (a build's frames have no place for it). */
  noindex?: boolean;
  /** The page this one stands in for (a moved claim's current claim), below the base; defaults to the page's own path. */
  canonical?: string;
  /** Extra tags for the document head (Open Graph, JSON-LD). */
  head?: SafeHtml;
  /** Everything inside `<main>`. */
  main: SafeHtml;
}
