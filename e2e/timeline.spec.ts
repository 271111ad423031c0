import { expect, test } from '@playwright/test';
import { pages } from './expected-dossier.ts';
import { seed } from './seed-articles.ts';

test('the navigation leads to the timeline', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation').getByRole('link', { name: 'Zeitleiste' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zeitleiste');
});

test('the timeline lists the seeds’ dated events in chronological order, each with its sources', async ({ page }) => {
  await page.goto('./timeline/');
  const entries = page.locator('.timeline-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(20);
  const starts = await entries.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-start') ?? ''));
  expect([...starts].sort()).toEqual(starts);
  const years = await page.locator('.timeline-year > h2').allTextContents();
  expect(years).toEqual(['2010', '2020', '2021', '2022', '2023', '2024', '2025']);
  for (const entry of await entries.all()) {
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/);
    expect(await entry.locator('.timeline-sources a').count()).toBeGreaterThanOrEqual(1);
  }
});

test('dates are shown with the precision the texts give them', async ({ page }) => {
  await page.goto('./timeline/');
  const dates = await page.locator('.timeline-date').allTextContents();
  for (const shown of ['seit 2010', 'Sommer 2020', '24. Dezember 2021', '30. Dezember 2021, abends', '10. Januar 2022', 'Juni 2022 (Mitte)', 'September 2022 (Ende)', 'November 2022 (Anfang)', '2023', 'Sommer 2023', 'Mai 2024', '12. Februar 2025', 'Woche ab 10. März 2025', '11. März 2025']) {
    expect(dates, shown).toContain(shown);
  }
});

test('the Geneva meeting of 10 January 2022 is one entry with both reports, each linked to its sentence', async ({ page, baseURL }) => {
  await page.goto('./timeline/');
  const geneva = page.locator('.timeline-entry', { has: page.locator('time[datetime="2022-01-10"]') });
  await expect(geneva).toHaveCount(1);
  const sources = geneva.locator('.timeline-sources a');
  await expect(sources).toHaveText([seed('004').outlet.value, seed('003').outlet.value]);
  const hrefs = await sources.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs[0]).toMatch(new RegExp(`${new URL(pages.article(seed('004').slug), baseURL).pathname}#c[0-9a-z]{10}$`));
  await sources.nth(1).click();
  const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${target}"]`)).toContainText('am 10. Januar in Genf');
});

test('the filter keeps the events of one outlet, then of one registry entry among them, and puts the choice in the address', async ({ page }) => {
  await page.goto('./timeline/');
  const visible = page.locator('.timeline-entry:visible');
  const all = await visible.count();
  await page.getByLabel('Medium').selectOption('SNA');
  const sna = await visible.count();
  expect(sna).toBeGreaterThan(0);
  expect(sna).toBeLessThan(all);
  for (const entry of await visible.all()) await expect(entry.locator('.timeline-sources')).toContainText('SNA');
  await expect(page.locator('[data-timeline-status]')).toHaveText(`${sna} von ${all} Ereignissen gezeigt`);
  // An entry no SNA event names cannot be chosen: the page never goes empty.
  await expect(page.getByLabel('Eintrag im Register').locator('option', { hasText: 'Konstantin Jaroschenko' })).toBeDisabled();
  await page.getByLabel('Eintrag im Register').selectOption({ label: 'Wladimir Putin' });
  expect(await visible.count()).toBeGreaterThan(0);
  expect(await visible.count()).toBeLessThanOrEqual(sna);
  expect(new URL(page.url()).searchParams.get('outlet')).toBe('SNA');

  // The address brings the same choice back.
  await page.goto(page.url());
  await expect(page.getByLabel('Medium')).toHaveValue('SNA');
  expect(await visible.count()).toBeLessThanOrEqual(sna);
});
