import { expect, test, type Page } from '@playwright/test';
import { articles, pages } from './expected-dossier.ts';

const allPages = [
  './',
  ...articles.flatMap((a) => [pages.article(a.slug), pages.original(a.slug)]),
];

/** Aborts and records every request that would leave the local server. */
async function recordForeignRequests(page: Page, baseURL: string): Promise<string[]> {
  const foreign: string[] = [];
  const local = new URL(baseURL).origin;
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === local) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  return foreign;
}

for (const path of allPages) {
  test(`${path} ships no script and requests nothing from another origin`, async ({ page, baseURL }) => {
    const foreign = await recordForeignRequests(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await response?.text()).not.toMatch(/<script/i);
    await expect(page.locator('script')).toHaveCount(0);
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
  });
}

test('an unknown address answers 404 with the dossier’s not-found page', async ({ page }) => {
  const response = await page.goto('./articles/gibt-es-nicht/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await expect(page.locator('main .article-list > li')).toHaveCount(articles.length);
});

test('the skip link leads to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
