/**
 * Pages of a long list. At a few thousand articles the home page lists
 * thousands and an entity is named in hundreds; one page with all of them
 * grows to megabytes, which no phone should load to read the first twenty. The list is cut into pages of
 * a fixed size, and a pager links them: the neighbours of the current page,
 * the first and the last, with a gap where pages are left out.
 */

/** Articles per list page (the home page, an entity page) unless `listPageSize` in content/dossier.yaml says otherwise. */
export const DEFAULT_LIST_PAGE_SIZE = 50;

/** How many pages either side of the current one the pager links. */
const NEIGHBOURS = 2;

/** A link of the pager, or a gap where pages are left out. */
export type PagerItem = { page: number; href: string; current: boolean } | { gap: true };

/** Page `page` (from 1) of `pages`, with what the pager shows. */
export interface Pager {
  page: number;
  pages: number;
  previous?: string | undefined;
  next?: string | undefined;
  items: PagerItem[];
}

/** The number of pages `count` items take at `size` per page; an empty list still has its one page. */
export function pageCount(count: number, size: number): number {
  return Math.max(1, Math.ceil(count / size));
}

/** The items on page `page` (from 1). */
export function pageSlice<T>(items: readonly T[], size: number, page: number): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The pager of page `page` of `pages`; `href` gives each page's address. */
export function pager(page: number, pages: number, href: (page: number) => string): Pager {
  const shown = new Set([1, pages]);
  for (let p = page - NEIGHBOURS; p <= page + NEIGHBOURS; p++) if (p >= 1 && p <= pages) shown.add(p);
  const items: PagerItem[] = [];
  let last = 0;
  for (const p of [...shown].sort((a, b) => a - b)) {
    // A gap of one page shows the page itself: "1 … 3" hides nothing a link would not show as well.
    if (p - last === 2) items.push({ page: p - 1, href: href(p - 1), current: false });
    else if (p - last > 2) items.push({ gap: true });
    items.push({ page: p, href: href(p), current: p === page });
    last = p;
  }
  return {
    page,
    pages,
    previous: page > 1 ? href(page - 1) : undefined,
    next: page < pages ? href(page + 1) : undefined,
    items,
  };
}

/** One page of a list: its items, how many come before them, and its pager. */
export interface ListPage<T> {
  items: T[];
  offset: number;
  pager: Pager;
}

/** Every page of `items` at `size` per page (the dossier's `listPageSize`, or the default); `href` gives each page's address. */
export function paginate<T>(items: readonly T[], size: number = DEFAULT_LIST_PAGE_SIZE, href: (page: number) => string): ListPage<T>[] {
  const pages = pageCount(items.length, size);
  return Array.from({ length: pages }, (_, i) => ({ items: pageSlice(items, size, i + 1), offset: i * size, pager: pager(i + 1, pages, href) }));
}
