import { describe, expect, it } from 'vitest';
import { DEFAULT_LIST_PAGE_SIZE, pageCount, pager, pageSlice, paginate, type PagerItem } from './pager.ts';

const href = (page: number) => (page === 1 ? '/e/' : `/e/${page}/`);
/** The pager's items as text: `[6]` is the current page, `…` a gap. */
const shown = (items: PagerItem[]) => items.map((item) => ('gap' in item ? '…' : item.current ? `[${item.page}]` : String(item.page))).join(' ');

describe('pageCount and pageSlice', () => {
  it('cut a list into pages of a size, the last one shorter, an empty list into one page', () => {
    const items = Array.from({ length: 51 }, (_, i) => i);
    expect(pageCount(items.length, 25)).toBe(3);
    expect(pageCount(50, 25)).toBe(2);
    expect(pageCount(0, 25)).toBe(1);
    expect(pageSlice(items, 25, 1)).toEqual(items.slice(0, 25));
    expect(pageSlice(items, 25, 3)).toEqual([50]);
    expect([1, 2, 3].flatMap((p) => pageSlice(items, 25, p))).toEqual(items);
  });
});

describe('pager', () => {
  it('links every page of a short list, the current one marked', () => {
    const p = pager(2, 3, href);
    expect(shown(p.items)).toBe('1 [2] 3');
    expect(p).toMatchObject({ previous: '/e/', next: '/e/3/' });
  });

  it('shows the first, the last and two either side of the current page, with gaps between', () => {
    expect(shown(pager(6, 150, href).items)).toBe('1 … 4 5 [6] 7 8 … 150');
    expect(shown(pager(1, 150, href).items)).toBe('[1] 2 3 … 150');
    expect(shown(pager(150, 150, href).items)).toBe('1 … 148 149 [150]');
  });

  it('shows a single left-out page instead of a gap', () => {
    expect(shown(pager(5, 10, href).items)).toBe('1 2 3 4 [5] 6 7 … 10');
  });

  it('has no previous link on the first page and no next link on the last', () => {
    expect(pager(1, 3, href).previous).toBeUndefined();
    expect(pager(3, 3, href).next).toBeUndefined();
    expect(pager(1, 1, href)).toMatchObject({ previous: undefined, next: undefined, items: [{ page: 1, href: '/e/', current: true }] });
  });
});

describe('paginate', () => {
  it('makes every page of a list with its items, offset and pager, and one page for an empty list', () => {
    const items = Array.from({ length: 5 }, (_, i) => i);
    const pages = paginate(items, 2, href);
    expect(pages.map((p) => [p.items, p.offset, p.pager.page, p.pager.pages])).toEqual([
      [[0, 1], 0, 1, 3],
      [[2, 3], 2, 2, 3],
      [[4], 4, 3, 3],
    ]);
    expect(pages[1]!.pager).toEqual(pager(2, 3, href));
    expect(paginate([], 2, href)).toEqual([{ items: [], offset: 0, pager: pager(1, 1, href) }]);
  });

  it('takes the default size when the dossier sets none', () => {
    expect(paginate(Array.from({ length: DEFAULT_LIST_PAGE_SIZE + 1 }, (_, i) => i), undefined, href)).toHaveLength(2);
  });
});
