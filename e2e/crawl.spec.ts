/**
 * Every page of the seed dossier's site, crawled from the home page and
 * held to the rules of crawl-site.ts: reachable, valid, accessible,
 * private and within budget.
 */
import { expect, test } from '@playwright/test';
import { crawlSite, summarise } from './crawl-site.ts';

test('every page is reachable, valid, accessible, private and within budget', async ({ page, baseURL }) => {
  test.setTimeout(15 * 60_000);
  const { pages, failures, external } = await crawlSite(page, baseURL!);
  console.log(summarise([...pages.values()]));
  expect(external, 'requests to other origins').toEqual([]);
  expect(failures).toEqual([]);
  expect(pages.size).toBeGreaterThan(10);
  // The seed analysis is linked from the home page: its citations and the backlinks to it are crawled like any link.
  const start = new URL(baseURL!).pathname;
  expect([...pages.values()].filter((r) => r.type === 'analysis').map((r) => r.path)).toEqual([`${start}analysen/kontakte-svr-cia/`]);
});
