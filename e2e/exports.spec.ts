import { expect, test } from '@playwright/test';
import { draftClaims } from '../src/lib/claims/draft-claims.ts';
import { articles, config, pages } from './expected-dossier.ts';

test('every page announces the feed and the JSON export, and links them in the footer', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', /feed\.xml$/);
  await expect(page.locator('head link[rel="alternate"][type="application/json"]')).toHaveAttribute('href', /dossier\.json$/);
  await page.locator('footer').getByRole('link', { name: 'Atom-Feed' }).click();
  await expect(page).toHaveURL(/feed\.xml$/);
});

test('dossier.json parses and contains every article and every claim on the pages', async ({ page, request }) => {
  const response = await request.get('./dossier.json');
  expect(response.ok()).toBe(true);
  const json = await response.json();
  expect(json.title).toBe(config.title);
  expect(json.articles.map((a: { slug: string }) => a.slug)).toEqual(articles.map((a) => a.slug));
  for (const article of articles) {
    const exported = json.articles.find((a: { slug: string }) => a.slug === article.slug);
    const texts = draftClaims(article.cleaned.blocks).map((c) => c.text);
    expect(exported.claims.map((c: { text: string }) => c.text)).toEqual(texts);
    await page.goto(pages.article(article.slug));
    const ids = await page.locator('.article-body span.claim').evaluateAll((spans) => spans.map((s) => s.id));
    expect(exported.claims.map((c: { id: string }) => c.id)).toEqual(ids);
    for (const claim of exported.claims) {
      expect(claim.outlets).toBeGreaterThanOrEqual(1);
      expect(Array.isArray(claim.dates) && Array.isArray(claim.entities) && Array.isArray(claim.alsoReportedBy)).toBe(true);
    }
  }
});

test('feed.xml is a well-formed Atom feed with one entry per article and per analysis, newest first', async ({ page, request }) => {
  const response = await request.get('./feed.xml');
  expect(response.headers()['content-type']).toContain('xml');
  const xml = await response.text();
  await page.goto('./');
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: `${doc.documentElement.namespaceURI} ${doc.documentElement.localName}`,
      titles: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => e.getElementsByTagNameNS(ns, 'title')[0]?.textContent),
      updated: [...doc.getElementsByTagNameNS(ns, 'updated')].map((u) => u.textContent),
    };
  }, xml);
  expect(parsed.error).toBe(false);
  expect(parsed.root).toBe('http://www.w3.org/2005/Atom feed');
  // The seed analysis (3 December 2026) is newer than every seed article.
  expect(parsed.titles).toEqual(['Was über die Kontakte zwischen SVR und CIA bekannt ist', ...articles.map((a) => a.title.value)]);
  for (const updated of parsed.updated) expect(updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
});
