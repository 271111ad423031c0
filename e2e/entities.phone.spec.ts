import { expect, test } from '@playwright/test';
import { entitiesPath, entityPath } from '../src/lib/render/site-paths.ts';

for (const path of [entityPath('./', 'sergey-naryshkin'), entityPath('./', 'naryshkin-ratcliffe-call-2025')]) {
  test(`${path} fits a 360 px wide screen without horizontal scrolling`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}

test('the register fits a 360 px wide screen; its network keeps legible labels and scrolls within its frame', async ({ page }) => {
  await page.goto(entitiesPath('./'));
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const canvas = page.locator('.network-canvas');
  expect(await canvas.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  const labelSize = await page.locator('.network svg text').first().evaluate((text) => (text as SVGTextElement).getBoundingClientRect().height);
  expect(labelSize).toBeGreaterThanOrEqual(12);
});
