import { expect, test, type Page } from '@playwright/test';
import { readLedger } from '../src/lib/claims/ledger-file.ts';
import { articles, pages, projectRoot } from './expected-dossier.ts';

const ledger = await readLedger(projectRoot);

const allPages = [
  './',
  ...articles.flatMap((a) => [pages.article(a.slug), pages.original(a.slug)]),
  pages.claim(Object.keys(ledger.claims)[0]!),
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

/**
 * The `<script>` elements of some HTML that a browser would run: JSON-LD and
 * other data blocks are not scripts. Every page has two small modules, the
 * search box's (which loads search only when used) and the service worker's
 * registration; article pages add the one for the claim permalinks. All are
 * files (a CSP without 'unsafe-inline' allows no inline script).
 */
function executableScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/gi)]
    .map((m) => m[1]!)
    .filter((attributes) => {
      const type = /\stype=["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
      return type === undefined || type === 'module' || /javascript|ecmascript/.test(type);
    });
}

for (const path of allPages) {
  const isArticle = articles.some((a) => path === pages.article(a.slug));
  test(`${path} ships ${isArticle ? 'the claim-link, search and offline modules' : 'only the search and offline modules'} and requests nothing from another origin`, async ({ page, baseURL }) => {
    const foreign = await recordForeignRequests(page, baseURL!);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const scripts = executableScripts((await response?.text()) ?? '');
    expect(scripts).toHaveLength(isArticle ? 3 : 2);
    for (const script of scripts) expect(script).toMatch(/^(?=.*\stype="module")(?=.*\ssrc="[^"]+\.js").*$/);
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
