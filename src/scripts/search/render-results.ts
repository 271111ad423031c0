/**
 * Search results as DOM: claims, articles, entities and analyses, each a group with
 * its count, each result a link with the matched words marked. Article text
 * only ever becomes text nodes (`textContent`), never markup.
 */
import type { UiStrings } from '../../i18n/index.ts';
import type { Mark } from '../../lib/search/highlight.ts';
import type { AnalysisHit, ArticleHit, ClaimHit, EntityHit, HitSource, SearchResponse } from '../../lib/search/search-types.ts';
import { formatIsoDate } from '../../lib/render/format-date.ts';
import { articlePath, claimInArticlePath, entityPath } from '../../lib/render/site-paths.ts';

/** How many results of each group to show. */
export interface ShownLimits {
  claims: number;
  articles: number;
  entities: number;
  analyses: number;
}

interface Context {
  t: UiStrings;
  base: string;
  language: string;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** `text` as text nodes with `<mark>` around each marked span. */
export function markedText(text: string, marks: readonly Mark[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) fragment.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(start, end);
    fragment.append(mark);
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

function meta({ t, language }: Context, source: HitSource, withTitle: boolean): HTMLElement {
  const parts = [source.outlet, source.published ? formatIsoDate(source.published, language) : t.undated];
  if (withTitle) parts.push(source.title);
  return element('span', 'meta search-hit-meta', parts.join(' · '));
}

function hit(href: string, content: Node, ...extra: Node[]): HTMLLIElement {
  const link = element('a', 'search-hit', content);
  link.href = href;
  return element('li', undefined, link, ...extra);
}

const claimItem = (c: Context, h: ClaimHit) => hit(claimInArticlePath(c.base, h.slug, h.id), markedText(h.text, h.marks), meta(c, h, true));
/** An article found by a subheading shows that subheading under its title, so the reader sees why it was found. */
const articleItem = (c: Context, h: ArticleHit) =>
  hit(articlePath(c.base, h.slug), markedText(h.title, h.marks), meta(c, h, false), ...(h.heading ? [element('span', 'search-hit-heading', markedText(h.heading.text, h.heading.marks))] : []));

function entityItem({ t, base }: Context, h: EntityHit): HTMLLIElement {
  const type = (t.entityTypes as Record<string, string>)[h.type] ?? h.type;
  const details = [type, ...(h.matchedAlias ? [t.searchAlsoWritten(h.matchedAlias)] : [])].join(' · ');
  return hit(entityPath(base, h.id), document.createTextNode(h.name), element('span', 'meta search-hit-meta', details));
}

/** An analysis: its title marked, its date, and its summary, which says what it finds. */
const analysisItem = ({ base, language }: Context, h: AnalysisHit) =>
  hit(`${base.endsWith('/') ? base : `${base}/`}${h.path}`, markedText(h.title, h.marks), element('span', 'meta search-hit-meta', formatIsoDate(h.date, language)), element('span', 'search-hit-heading', h.summary));

function group<T>(c: Context, key: keyof UiStrings['searchGroups'], hits: readonly T[], total: number, item: (c: Context, h: T) => HTMLLIElement): HTMLElement[] {
  if (hits.length === 0) return [];
  const heading = element('h2', 'search-group-title', c.t.searchGroups[key], ' ', element('span', 'meta', String(total)));
  return [element('section', `search-group search-${key}`, heading, element('ol', 'search-hits', ...hits.map((h) => item(c, h))))];
}

/**
 * Replaces the content of `container` with the grouped results. With
 * `more`, a button after the claims offers the next ones when there are any
 * (`data-search-more-claims`; the caller handles it).
 */
export function renderResults(container: HTMLElement, response: SearchResponse, shown: ShownLimits, context: Context, more = false): void {
  const { claims, articles, entities, analyses, totals } = response;
  const moreButton = element('button', 'search-more-claims', context.t.searchMoreClaims);
  moreButton.type = 'button';
  moreButton.dataset.searchMoreClaims = '';
  const claimGroup = group(context, 'claims', claims.slice(0, shown.claims), totals.claims, claimItem);
  if (more && totals.claims > shown.claims) claimGroup[0]?.append(moreButton);
  container.replaceChildren(
    ...claimGroup,
    ...group(context, 'articles', articles.slice(0, shown.articles), totals.articles, articleItem),
    ...group(context, 'entities', entities.slice(0, shown.entities), totals.entities, entityItem),
    ...group(context, 'analyses', analyses.slice(0, shown.analyses), totals.analyses, analysisItem),
  );
}

/** What screen readers hear after each query: the counts per group, and how many are shown. */
export function describeCount(t: UiStrings, response: SearchResponse, shownClaims: number): string {
  const { claims, articles, entities, analyses, atLeast } = response.totals;
  const count = `${t.searchCount(claims, articles, entities, atLeast)}${analyses > 0 ? `, ${t.analysisCount(analyses)}` : ''}`;
  return claims > shownClaims ? `${count} (${t.searchShown(shownClaims)})` : count;
}
