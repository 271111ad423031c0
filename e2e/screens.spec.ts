/**
 * The screens people use — home, article, claim, entity and search — at a
 * phone's and a laptop's size, in light and dark: no sideways scrolling, no
 * contrast failures, keyboard use with a skip link and a visible focus; and
 * an article's print preview that is clean and cites its source.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { articles, pages, siteRoot } from './expected-dossier.ts';

const firstDir = (dir: string) => readdirSync(join(siteRoot, 'dist', dir), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()[0]!;

const article = articles[0]!;
const SCREENS = {
  home: './',
  article: pages.article(article.slug),
  claim: `./c/${firstDir('c')}/`,
  entity: `./entities/${firstDir('entities')}/`,
  search: './search/?q=Naryschkin',
};
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

for (const [name, path] of Object.entries(SCREENS)) {
  for (const size of SIZES) {
    for (const colorScheme of ['light', 'dark'] as const) {
      test(`${name} at ${size.width}×${size.height}, ${colorScheme}: fits, and its colours pass WCAG AA`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
        const axe = await new AxeBuilder({ page }).withRules(['color-contrast', 'link-in-text-block', 'target-size']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      });
    }
  }

  test(`${name}: keyboard only — skip link first, focus always visible, order follows the page`, async ({ page }) => {
    await page.goto(path);
    await page.keyboard.press('Tab');
    const skip = page.locator(':focus');
    await expect(skip).toHaveClass(/skip-link/);
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator(':focus')).toHaveAttribute('id', 'main');
    let previousTop = -Infinity;
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const focused = await focusState(page);
      if (!focused) break;
      expect(focused.visible, `focus ring on ${focused.what}`).toBe(true);
      expect(focused.inMain || focused.top >= previousTop - 1, `order at ${focused.what}`).toBe(true);
      previousTop = focused.top;
    }
  });
}

async function focusState(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return undefined;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    return { what: `${el.tagName.toLowerCase()}.${el.className}`, visible: ring, top: rect.top + window.scrollY, inMain: !!el.closest('main') };
  });
}

test('an article prints clean: no navigation or controls, with its title, outlet and date', async ({ page }) => {
  await page.goto(pages.article(article.slug));
  await page.emulateMedia({ media: 'print' });
  for (const selector of ['.skip-link', '.site-footer', '.site-search', '.claim-link']) {
    for (const el of await page.locator(selector).all()) await expect(el).toBeHidden();
  }
  await expect(page.locator('main h1')).toHaveText(article.title.value);
  const byline = page.locator('main .byline');
  await expect(byline).toBeVisible();
  await expect(byline).toContainText(article.outlet.value);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(5_000);
});
