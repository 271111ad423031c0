/** Readers of the claims an entity page lists, for the entity and paging specs. */
import type { Page } from '@playwright/test';
import { entityPath } from '../src/lib/render/site-paths.ts';

/** The claims the entity page open in `page` lists, as `slug#claimId`. */
export async function claimsOnPage(page: Page): Promise<string[]> {
  const hrefs = await page.locator('main .entity-claims a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((href) => {
    const url = new URL(href);
    return `${/\/articles\/([^/]+)\/$/.exec(url.pathname)![1]}#${decodeURIComponent(url.hash.slice(1))}`;
  });
}

/** The claims the (first) page of entity `id` lists, as `slug#claimId`, on the site `page` is served from. */
export async function listedClaims(page: Page, id: string): Promise<string[]> {
  await page.goto(entityPath('./', id));
  return claimsOnPage(page);
}
