/**
 * Search as a reader uses it: typing in the search page and the header box,
 * marked words, the address as a shareable link, keyboard-only use, no
 * JavaScript, and search and reading with the network off after a visit.
 */
import { expect, test, type Page } from '@playwright/test';
import { articles } from './expected-dossier.ts';

const results = (page: Page) => page.locator('#search-results');
const claimLinks = (page: Page) => results(page).locator('.search-claims a.search-hit');

/** Types into the search box and waits for the results of exactly this query. */
async function search(page: Page, box: ReturnType<Page['locator']>, query: string): Promise<void> {
  await box.fill(query);
  await expect(results(page)).toHaveAttribute('data-query', query);
  await expect(results(page)).toHaveAttribute('aria-busy', 'false');
}

test.describe('the search page', () => {
  test('finds names by their spelling, a typo and another language, and marks them', async ({ page }) => {
    await page.goto('./search/');
    const box = page.getByRole('searchbox', { name: 'Dossier durchsuchen' });

    await search(page, box, 'Zakharova');
    await expect(claimLinks(page).first()).toContainText('Sacharowa');
    await expect(claimLinks(page).first().locator('mark', { hasText: 'Sacharowa' })).toBeVisible();
    await expect(results(page).locator('.search-entities')).toContainText('Maria Sacharowa');
    await expect(page.getByRole('status')).toHaveText(/^\d+ Aussagen?, \d+ Artikel, 1 Eintrag/);

    await search(page, box, 'Narischkin');
    await expect(claimLinks(page).first()).toContainText(/Naryschkin|Naryshkin/);

    await search(page, box, 'Jeddah');
    await expect(claimLinks(page).first().locator('mark')).toContainText(['Dschidda']);

    await search(page, box, '"internationale Stabilität"');
    await expect(claimLinks(page)).toHaveCount(1);
    await expect(claimLinks(page).locator('mark')).toHaveText(['internationale Stabilität']);

    await search(page, box, 'Abonnieren');
    await expect(page.getByRole('status')).toHaveText('Keine Treffer');
    await expect(results(page).locator('a')).toHaveCount(0);
  });

  test('links a claim to its sentence in the article, with outlet and date', async ({ page }) => {
    await page.goto('./search/?q=Ratcliffe');
    const first = claimLinks(page).first();
    await expect(first).toHaveAttribute('href', /\/articles\/[a-z0-9-]+\/#c[0-9a-z]{10}$/);
    await expect(first.locator('xpath=..').locator('.search-hit-meta')).toHaveText(/ · \d{1,2}\. \p{L}+ \d{4} · /u);
    const href = (await first.getAttribute('href'))!;
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toContainText('Ratcliffe');
  });

  test('keeps the query and filters in the address, so a search survives a reload', async ({ page }) => {
    await page.goto('./search/');
    await search(page, page.getByRole('searchbox'), 'Ankara');
    await page.getByLabel('Medium').selectOption('RT DE');
    await expect(page).toHaveURL(/\/search\/\?q=Ankara&outlet=RT\+DE$/);
    await expect(results(page)).toHaveAttribute('aria-busy', 'false');
    const outlets = await results(page).locator('.search-claims .search-hit-meta').allTextContents();
    expect(outlets.length).toBeGreaterThan(0);
    for (const meta of outlets) expect(meta).toMatch(/^RT DE · /);

    await page.reload();
    await expect(page.getByRole('searchbox')).toHaveValue('Ankara');
    await expect(page.getByLabel('Medium')).toHaveValue('RT DE');
    await expect(claimLinks(page)).toHaveCount(outlets.length);

    // Filters narrow claims and articles; the register entries the words name stay.
    await page.getByLabel('Jahr').selectOption('2021');
    await expect(page).toHaveURL(/year=2021/);
    await expect(page.getByRole('status')).toHaveText(/^0 Aussagen, 0 Artikel/);
  });

  test('shows more claims on request and moves focus to the first new one', async ({ page }) => {
    await page.goto('./search/?q=Russland+Moskau+Washington');
    await expect(claimLinks(page)).toHaveCount(10);
    await page.getByRole('button', { name: 'Weitere Aussagen zeigen' }).click();
    await expect(claimLinks(page).nth(10)).toBeFocused();
    await expect(claimLinks(page)).toHaveCount(20);
  });

  test('lists an entity’s claims from its filter alone', async ({ page }) => {
    await page.goto('./search/?entity=maria-zakharova');
    await expect(claimLinks(page).first()).toContainText('Sacharowa');
  });

  test('says that search needs JavaScript where it has none, and not where it has', async ({ browser, baseURL, page }) => {
    await page.goto('./search/');
    await expect(page.getByText('Die Suche läuft im Browser und braucht JavaScript.')).toBeHidden();

    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const noScript = await context.newPage();
    await noScript.goto('./');
    await noScript.locator('#site-search-q').fill('Ankara');
    await noScript.locator('#site-search-q').press('Enter');
    await expect(noScript).toHaveURL(/\/search\/\?q=Ankara$/);
    await expect(noScript.getByText('Die Suche läuft im Browser und braucht JavaScript.')).toBeVisible();
    await context.close();
  });
});

test.describe('the search box in the header', () => {
  test('is usable with the keyboard alone', async ({ page }) => {
    await page.goto(`./articles/${articles[0]!.slug}/`);
    const box = page.locator('#site-search-q');
    await page.keyboard.press('/');
    await expect(box).toBeFocused();
    await page.keyboard.type('Ankara');
    await expect(results(page)).toHaveAttribute('data-query', 'Ankara');
    await expect(page.locator('[data-search-panel]')).toBeVisible();

    const hits = results(page).locator('a.search-hit');
    await page.keyboard.press('ArrowDown');
    await expect(hits.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(hits.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(box).toBeFocused();

    await page.keyboard.press('Escape');
    await expect(page.locator('[data-search-panel]')).toBeHidden();
    await expect(box).toHaveValue('Ankara');
    await page.keyboard.press('Escape');
    await expect(box).toHaveValue('');

    await page.keyboard.type('Ratcliffe');
    await expect(results(page)).toHaveAttribute('data-query', 'Ratcliffe');
    await page.keyboard.press('ArrowDown');
    const href = (await hits.nth(0).getAttribute('href'))!;
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href.split('#')[1]}$`));
  });

  test('Ctrl+K focuses it, but neither shortcut is taken from a field being typed in', async ({ page }) => {
    await page.goto('./');
    await page.keyboard.press('Control+k');
    await expect(page.locator('#site-search-q')).toBeFocused();
    await page.keyboard.type('a/b');
    await expect(page.locator('#site-search-q')).toHaveValue('a/b');
  });

  test('Enter leads to the search page with the query', async ({ page }) => {
    await page.goto('./');
    await page.locator('#site-search-q').fill('Dschidda');
    await page.locator('#site-search-q').press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Dschidda$/);
    await expect(claimLinks(page).first()).toContainText('Dschidda');
  });
});

test('after one visit, search and reading work with the network off', async ({ page, context }) => {
  await page.goto('./');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
  await context.setOffline(true);

  await page.goto('./search/?q=Naryschkin');
  await expect(claimLinks(page).first()).toContainText(/Naryschkin|Naryshkin/);
  await claimLinks(page).first().click();
  await expect(page.locator('article h1')).toBeVisible();

  for (const article of articles) {
    await page.goto(`./articles/${article.slug}/original/`);
    await expect(page.locator('h1')).toContainText(article.title.value);
  }
  await page.goto('./');
  await page.locator('#site-search-q').fill('Peskov');
  await expect(results(page)).toHaveAttribute('data-query', 'Peskov');
  await expect(results(page).locator('a.search-hit').first()).toContainText('Peskow');
});
