/**
 * An English dossier: the composed fixture test-fixtures/english-dossier
 * (`language: en`, four English articles and one German) built in a temp
 * copy. Every page a reader meets is English: `<html lang="en">`, no string
 * of the German interface (src/i18n/de.ts) outside text marked as German,
 * no accessibility violation; the German article is marked `lang="de"` and
 * split into sentences by German rules.
 */
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { de } from '../src/i18n/de.ts';
import { en } from '../src/i18n/en.ts';
import { projectRoot } from './e2e-paths.ts';
import { tempSite, type TempSite } from './temp-site.ts';

const ENGLISH_CONTENT = join(projectRoot, 'test-fixtures', 'english-dossier', 'content');

/** Sample arguments for the string functions (counts, a list of outlets, a date and its qualifier); `Qx` stands for a name. */
const ARG_SETS: unknown[][] = [
  [2, 3, 4],
  [2, ['Qx', 'Qx']],
  ...['early', 'mid', 'late', 'since', 'until', 'morning', 'midday', 'afternoon', 'evening', 'night'].map((q) => ['Qx', q]),
];

/** Every fixed piece of text a UI dictionary shows: its strings, and what its functions say around their arguments. */
function pieces(strings: unknown): string[] {
  if (typeof strings === 'string') return [strings];
  if (typeof strings === 'function') {
    const said = ARG_SETS.flatMap((args) => {
      try {
        const text = (strings as (...args: unknown[]) => unknown)(...args);
        return typeof text === 'string' ? text.split(/\d+|Qx/) : [];
      } catch {
        return []; // These arguments do not fit this function; others do.
      }
    });
    if (said.length === 0) throw new Error(`No sample arguments fit ${String(strings)}`);
    return said;
  }
  if (strings && typeof strings === 'object') return Object.values(strings).flatMap(pieces);
  return [];
}

/** German interface text a page must not show: longer than a word fragment, and not the same in English ("Person", "Winter"). */
const GERMAN_ONLY = (() => {
  const english = new Set(pieces(en).map((p) => p.trim()));
  return [...new Set(pieces(de).map((p) => p.trim()))].filter((p) => p.length >= 4 && /\p{L}{3}/u.test(p) && !english.has(p));
})();

/** The page's visible text and labels, leaving out what is marked as written in another language than English. */
const interfaceText = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (node: Element) => {
      if (node.closest('[lang]')?.getAttribute('lang')?.split('-')[0] !== 'en') return;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'data-copied']) {
        const value = node.getAttribute(name);
        if (value) out.push(value);
      }
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) out.push(child.textContent ?? '');
        else if (child instanceof Element && !['SCRIPT', 'STYLE', 'TEMPLATE'].includes(child.tagName)) walk(child);
      }
    };
    walk(document.documentElement);
    out.push(document.title);
    return out.join('\n');
  });

async function checkPage(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const text = await interfaceText(page);
  // The scan reads the interface: the skip link is in it.
  expect(text).toContain(en.skipLink);
  expect(GERMAN_ONLY.filter((german) => text.includes(german)), page.url()).toEqual([]);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations, page.url()).toEqual([]);
}

test.describe.configure({ mode: 'serial' });

let site: TempSite;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await tempSite(ENGLISH_CONTENT);
  await site.build(Date.UTC(2025, 5, 1) / 1000);
});
test.afterAll(async () => {
  await site?.dispose();
});

test('the scan knows the German interface', () => {
  // A scan for nothing would pass on any page.
  expect(GERMAN_ONLY).toEqual(expect.arrayContaining(['Zum Inhalt springen', 'Zeitleiste', 'Link zu dieser Aussage', 'Verwandte Artikel']));
  expect(GERMAN_ONLY.length).toBeGreaterThan(150);
});

test('home, article, claim, entity, timeline and search pages are English throughout, and accessible', async ({ page }) => {
  test.setTimeout(120_000);
  const home = await site.serve(page);
  await page.goto(home);
  await expect(page.getByRole('link', { name: en.skipLink })).toBeAttached();
  await checkPage(page);

  await page.getByRole('link', { name: 'Who pays for the idle turbines?' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Who pays for the idle turbines?');
  // Cleaned of its English furniture, split by English rules ("Dr." and "U.S." inside their sentences).
  const body = page.locator('.article-body');
  await expect(body).not.toContainText('Share this article');
  await expect(body).not.toContainText('Advertisement');
  await expect(body.locator('.claim', { hasText: 'Dr. Priya Nair, who led the study' })).toHaveCount(1);
  await expect(body.locator('.claim', { hasText: /^The U\.S\. investor Harbor Point Capital/ })).toHaveCount(1);
  await checkPage(page);

  // The permalink copies itself when clicked; a reader who opens it gets the claim's page.
  await page.goto(new URL((await body.getByRole('link', { name: en.claimLinkLabel }).first().getAttribute('href'))!, page.url()).href);
  await expect(page.locator('h1')).toContainText(en.claimFrom);
  await checkPage(page);

  await page.goto(`${home}entities/margaret-holloway/`);
  await expect(page.locator('main')).toContainText('Named in');
  await checkPage(page);

  await page.goto(`${home}timeline/`);
  await expect(page.locator('h1')).toHaveText(en.timelineTitle);
  // English dates are read: "on 14 March 2025" and "March 12, 2025" are on the timeline.
  await expect(page.locator('.timeline-words', { hasText: 'on 14 March 2025' })).toHaveCount(1);
  await expect(page.locator('.timeline-words', { hasText: 'March 12, 2025' })).toHaveCount(1);
  await checkPage(page);

  await page.goto(`${home}search/`);
  const box = page.getByRole('searchbox', { name: en.searchLabel });
  await box.fill('subsidy');
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('data-query', 'subsidy');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  // "subsidy" finds "subsidies": English plurals fold.
  await expect(results.locator('.search-claims a.search-hit')).toContainText(['for lost subsidies']);
  await checkPage(page);
});

test('the German article of the English dossier is marked German and split by German rules', async ({ page }) => {
  const home = await site.serve(page);
  await page.goto(`${home}articles/strom-von-der-doggerbank-fliesst/`);
  await expect(page.locator('h1')).toHaveAttribute('lang', 'de');
  const body = page.locator('.article-body');
  await expect(body).toHaveAttribute('lang', 'de');
  // "Mio." is a German abbreviation: its sentence goes on after it.
  await expect(body.locator('.claim', { hasText: 'Die Reparatur kostete rund 3,5 Mio. Pfund, teilte das Unternehmen mit.' })).toHaveCount(1);
  // The interface around it stays English.
  await expect(page.getByRole('link', { name: en.originalLink })).toBeVisible();
  await checkPage(page);
});
