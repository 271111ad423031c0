import { expect, test } from '@playwright/test';

test('the timeline fits a 360 px wide screen', async ({ page }) => {
  await page.goto('./timeline/');
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(clientWidth).toBe(360);
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  // The line and the dots stay on screen.
  const line = await page.locator('.timeline').boundingBox();
  expect(line?.x).toBeGreaterThan(0);
});

test('on a phone the timeline’s and the search’s filters are folded, and the search box names no keyboard shortcut', async ({ page }) => {
  await page.goto('./timeline/');
  await expect(page.locator('.timeline-filter summary')).toBeVisible();
  await expect(page.getByLabel('Medium')).toBeHidden();
  await expect(page.locator('.timeline-year').first()).toBeInViewport();
  await expect(page.getByRole('searchbox', { name: 'Dossier durchsuchen' })).toHaveAttribute('placeholder', 'Suchen …');
  await page.goto('./search/?q=Naryschkin');
  await expect(page.getByLabel('Medium')).toBeHidden();
  await page.locator('.search-filters-toggle summary').click();
  await expect(page.getByLabel('Medium')).toBeVisible();
});
