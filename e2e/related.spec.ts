import { expect, test } from '@playwright/test';
import { pages } from './expected-dossier.ts';
import { seed } from './seed-articles.ts';

const pairs = [
  ['000', '001'],
  ['001', '000'],
  ['002', '003'],
  ['003', '002'],
  ['004', '003'],
] as const;

for (const [from, to] of pairs) {
  test(`seed ${from} lists seed ${to} first among its related articles, with reasons`, async ({ page, baseURL }) => {
    await page.goto(pages.article(seed(from).slug));
    const related = page.locator('section.related li');
    const first = related.first();
    await expect(first.locator('a').first()).toHaveAttribute('href', new URL(pages.article(seed(to).slug), baseURL).pathname);
    await expect(first.locator('.related-reasons')).toContainText('gemeinsam berichtete');
  });
}

test('the Ankara reports name the place they share', async ({ page }) => {
  await page.goto(pages.article(seed('002').slug));
  await expect(page.locator('section.related li').first().locator('.related-reasons')).toContainText('Ankara');
});
