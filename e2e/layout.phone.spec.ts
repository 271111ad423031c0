import { expect, test } from '@playwright/test';
import { articles, pages } from './expected-dossier.ts';

const allPages = [
  './',
  './gibt-es-nicht/',
  ...articles.flatMap((a) => [pages.article(a.slug), pages.original(a.slug)]),
];

for (const path of allPages) {
  test(`${path} fits a 360 px wide screen without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(clientWidth).toBe(360);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
