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
