/**
 * Long lists in pages: a copy of the seeds is built with one entry per
 * list page, so that the home page's list, an entity's claims and the
 * timeline each run over several numbered pages, and a reader walks them by
 * keyboard.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { claimsOnPage, listedClaims } from './entity-claims.ts';
import { tempSite, type TempSite } from './temp-site.ts';

const NARYSHKIN = 'sergey-naryshkin';
const SIZE = 1;

/** The article slugs the list open in `page` links, in order. */
const listedArticles = (page: Page) =>
  page.locator('main .article-list > li a[href*="/articles/"]').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/').at(-2)!));

/** The events the timeline open in `page` shows: each one's date and the first report's link, in order. */
const timelineEvents = (page: Page) =>
  page.locator('main .timeline-entry').evaluateAll((entries) => entries.map((li) => `${li.getAttribute('data-start')} ${li.querySelector('.timeline-text a')?.getAttribute('href')}`));

/** Checks the pager of page `n` of `pages`, and follows its next-page link by keyboard. */
async function checkPagerAndGoOn(page: Page, n: number, pages: number): Promise<void> {
  const pager = page.getByRole('navigation', { name: 'Seiten' });
  await expect(pager.getByRole('link', { name: `Seite ${n}`, exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(pager.getByRole('link', { name: 'Vorherige Seite' })).toHaveCount(n === 1 ? 0 : 1);
  await expect(pager.getByRole('link', { name: 'Nächste Seite' })).toHaveCount(n === pages ? 0 : 1);
  if (n === 2) expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual([]);
  if (n < pages) {
    await pager.getByRole('link', { name: 'Nächste Seite' }).focus();
    await page.keyboard.press('Enter');
  }
}

test('the home page, an entity page and the timeline go on over numbered pages that together list everything, in order', async ({ page }) => {
  test.setTimeout(180_000);
  // On the site as built, everything fits on one page.
  await page.goto('./');
  const allArticles = await listedArticles(page);
  const allClaims = await listedClaims(page, NARYSHKIN);
  const claimArticles = new Set(allClaims.map((claim) => claim.split('#')[0])).size;
  expect(allArticles.length, 'the seeds make a list of several pages').toBeGreaterThanOrEqual(3);
  expect(claimArticles, 'the seeds name Naryshkin in enough articles for several pages').toBeGreaterThanOrEqual(3);
  await page.goto('./timeline/');
  const allEvents = await timelineEvents(page);
  expect(allEvents.length, 'the seeds date enough events for several pages').toBeGreaterThanOrEqual(3);
  await expect(page.getByRole('navigation', { name: 'Seiten' })).toHaveCount(0);
  let site: TempSite | undefined;
  try {
    site = await tempSite();
    await site.edit('content/dossier.yaml', 'language: de\n', `language: de\nlistPageSize: ${SIZE}\n`);
    await site.build(Date.UTC(2027, 0, 4) / 1000);
    const url = await site.serve(page);

    const articlePages = Math.ceil(allArticles.length / SIZE);
    const articles: string[] = [];
    await page.goto(url);
    for (let n = 1; n <= articlePages; n++) {
      await expect(page).toHaveURL(`${url}${n === 1 ? '' : `page/${n}/`}`);
      if (n > 1) await expect(page).toHaveTitle(new RegExp(`^Artikel \\(Seite ${n} von ${articlePages}\\)`));
      // The list numbers on from the pages before.
      if (n === 1) await expect(page.locator('main .article-list')).not.toHaveAttribute('start');
      else await expect(page.locator('main .article-list')).toHaveAttribute('start', String((n - 1) * SIZE + 1));
      articles.push(...(await listedArticles(page)));
      await checkPagerAndGoOn(page, n, articlePages);
    }
    expect(articles).toEqual(allArticles);

    const claimPages = Math.ceil(claimArticles / SIZE);
    const claims: string[] = [];
    await page.goto(`${url}entities/${NARYSHKIN}/`);
    for (let n = 1; n <= claimPages; n++) {
      await expect(page).toHaveURL(`${url}entities/${NARYSHKIN}/${n === 1 ? '' : `${n}/`}`);
      await expect(page).toHaveTitle(new RegExp(`\\(Seite ${n} von ${claimPages}\\)`));
      await expect(page.locator('main .entity-article')).toHaveCount(n < claimPages ? SIZE : claimArticles - SIZE * (claimPages - 1));
      claims.push(...(await claimsOnPage(page)));
      await checkPagerAndGoOn(page, n, claimPages);
    }
    expect(claims).toEqual(allClaims);

    const eventPages = Math.ceil(allEvents.length / SIZE);
    const events: string[] = [];
    await page.goto(`${url}timeline/`);
    for (let n = 1; n <= eventPages; n++) {
      await expect(page).toHaveURL(`${url}timeline/${n === 1 ? '' : `${n}/`}`);
      await expect(page).toHaveTitle(new RegExp(`^Zeitleiste \\(Seite ${n} von ${eventPages}\\)`));
      // Every page says which year its events are in, however the pages cut the years.
      await expect(page.locator('main .timeline-year > h2').first()).toHaveText(allEvents[(n - 1) * SIZE]!.slice(0, 4));
      events.push(...(await timelineEvents(page)));
      await checkPagerAndGoOn(page, n, eventPages);
    }
    expect(events).toEqual(allEvents);
  } finally {
    await site?.dispose();
  }
});
