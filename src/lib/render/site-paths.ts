/**
 * The URL scheme of the dossier, in one place. Every path ends in a slash
 * because the site is built with `trailingSlash: 'always'`.
 */

/** Joins the site's base path (`/` or `/dossier/`) with a relative path. */
function withBase(base: string, path: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${path}`;
}

/** Path of page `page` of the article list: the home page, then `/page/2/`, … */
export function articleListPath(base: string, page = 1): string {
  return withBase(base, page > 1 ? `page/${page}/` : '');
}

/** Path of an article's reading page, e.g. `/articles/putin-biden-telefonat/`. */
export function articlePath(base: string, slug: string): string {
  return withBase(base, `articles/${encodeURIComponent(slug)}/`);
}

/** Path of an article's original text with the removals marked. */
export function originalPath(base: string, slug: string): string {
  return `${articlePath(base, slug)}original/`;
}

/** Path of a claim's own page, e.g. `/c/c4f9k2m7q1x/`: the short permalink readers share. */
export function claimPath(base: string, id: string): string {
  return withBase(base, `c/${encodeURIComponent(id)}/`);
}

/** Path of a claim in its article: the reading page, scrolled to and highlighting the sentence. */
export function claimInArticlePath(base: string, slug: string, id: string): string {
  return `${articlePath(base, slug)}#${encodeURIComponent(id)}`;
}

/** Path of the entity index, with the network of who is named with whom. */
export function entitiesPath(base: string): string {
  return withBase(base, 'entities/');
}

/** Path of an entity's page, e.g. `/entities/sergey-naryshkin/`: every claim that names it; later pages of a long list add their number (`…/2/`). */
export function entityPath(base: string, id: string, page = 1): string {
  return `${entitiesPath(base)}${encodeURIComponent(id)}/${page > 1 ? `${page}/` : ''}`;
}

/** Path of the search page; `?q=…` carries the query, so a search is a link. */
export function searchPath(base: string): string {
  return withBase(base, 'search/');
}

/** Path of the timeline of dated events; later pages of a long one add their number (`timeline/2/`). */
export function timelinePath(base: string, page = 1): string {
  return withBase(base, page > 1 ? `timeline/${page}/` : 'timeline/');
}

/** Path of the Atom feed of the articles (a file, so no trailing slash). */
export function feedPath(base: string): string {
  return withBase(base, 'feed.xml');
}

/** Path of the whole dossier as JSON (a file, so no trailing slash). */
export function dataPath(base: string): string {
  return withBase(base, 'dossier.json');
}

/**
 * Path of an analysis: its folder follows the interface language, so the
 * caller passes the UI strings' `analysesPathSegment` (`/analysen/<slug>/`,
 * `/analyses/<slug>/` in English); taking the segment, not the language,
 * keeps the dictionaries out of the browser's search script.
 */
export function analysisPath(base: string, segment: string, slug: string): string {
  return withBase(base, `${segment}/${encodeURIComponent(slug)}/`);
}
