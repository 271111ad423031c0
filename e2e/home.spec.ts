import { expect, test } from '@playwright/test';
import { articles, config, pages } from './expected-dossier.ts';

test('the home page introduces the dossier and lists every article, newest first', async ({ page, baseURL }) => {
  await page.goto('./');
  await expect(page).toHaveTitle(config.title);
  await expect(page.locator('html')).toHaveAttribute('lang', config.language);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(config.title);

  const items = page.locator('main .article-list > li');
  await expect(items).toHaveCount(5);
  expect(articles).toHaveLength(5);

  const links = items.locator('h3 a');
  await expect(links).toHaveText(articles.map((a) => a.title.value));
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(articles.map((a) => new URL(pages.article(a.slug), baseURL).pathname));

  const dates = await items.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  expect(dates).toEqual(articles.map((a) => a.published?.value));
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('each list entry shows outlet, a note only on a date read from the text, and the start of the lead', async ({ page }) => {
  await page.goto('./');
  for (const [i, article] of articles.entries()) {
    const item = page.locator('main .article-list > li').nth(i);
    await expect(item.locator('.outlet')).toHaveText(article.outlet.value);
    // Where a stated date comes from is for the original page; a reader is told only that a date is uncertain.
    await expect(item.locator('.provenance')).toHaveCount(0);
    if (article.published?.source === 'text') await expect(item.locator('.date-note')).toHaveText('(Datum unsicher)');
    else await expect(item.locator('.date-note')).toHaveCount(0);
    const lead = article.cleaned.blocks.find((b) => b.kind === 'paragraph')?.text ?? '';
    const shown = ((await item.locator('.lead').textContent()) ?? '').replace(/ …$/, '');
    expect(shown.length).toBeGreaterThan(40);
    expect(lead.startsWith(shown)).toBe(true);
  }
});
