/**
 * A dossier written to attack its own site: raw articles (and an outlet
 * name) with <script>, <img onerror>, <svg onload>, javascript: URLs, HTML
 * entities, right-to-left overrides, zero-width characters, a 2,000
 * character line, emoji and Cyrillic. Built in a temp copy of the project,
 * every page must show all of it as text and run none of it.
 */
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from './expected-dossier.ts';
import { tempSite, type TempSite } from './temp-site.ts';

const FIXTURES = join(projectRoot, 'e2e/fixtures/hostile');

test.describe.configure({ mode: 'serial' });

let site: TempSite;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await tempSite();
  const articles = join(site.root, 'content/articles');
  await rm(articles, { recursive: true });
  await rm(join(site.root, 'content/claims.ledger.json'), { force: true });
  // The seeds' reviews rate the seeds' claims; with their ledger gone, every id would be unknown (a build error).
  await rm(join(site.root, 'content/reviews.yaml'), { force: true });
  await cp(FIXTURES, articles, { recursive: true });
  // The seed analysis cites the seed articles and their claims, which are gone here.
  await rm(join(site.root, 'content/analyses'), { recursive: true, force: true });
  // The seeds' events name the seed articles they are about; those are gone here.
  const registry = join(site.root, 'content/entities.yaml');
  await writeFile(registry, (await readFile(registry, 'utf8')).replace(/^\s+articles: \[.*\]\n/gm, ''));
  await site.build(Date.UTC(2027, 0, 4) / 1000);
});
test.afterAll(async () => {
  await site?.dispose();
});

test('every page shows the hostile text as text and runs none of it', async ({ page }) => {
  test.setTimeout(300_000);
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const home = await site.serve(page);
  const origin = new URL(home).origin;
  const queue = [home];
  const seen = new Set(queue);
  const problems: string[] = [];
  while (queue.length) {
    const url = queue.shift()!;
    const response = await page.goto(url);
    expect(response?.status(), url).toBe(200);
    const verdict = await page.evaluate(() => ({
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`)),
      jsLinks: [...document.querySelectorAll('[href], [src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '').filter((v) => /^\s*javascript:/i.test(v)),
      inlineScripts: [...document.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json').map((s) => s.textContent ?? ''),
      images: [...document.querySelectorAll('main img')].length,
      csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
      links: [...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href')!, document.baseURI).href),
    }));
    if (verdict.handlers.length) problems.push(`${url}: event handler attributes ${verdict.handlers.join(', ')}`);
    if (verdict.jsLinks.length) problems.push(`${url}: javascript: URLs ${verdict.jsLinks.join(', ')}`);
    for (const s of verdict.inlineScripts) if (/alert/.test(s)) problems.push(`${url}: inline script from the text: ${s.slice(0, 80)}`);
    if (verdict.images) problems.push(`${url}: ${verdict.images} <img> in main`);
    if (!/script-src 'self'/.test(verdict.csp)) problems.push(`${url}: no Content-Security-Policy limiting scripts`);
    for (const link of verdict.links) {
      const next = new URL(link);
      next.hash = '';
      if (next.origin === origin && !seen.has(next.href) && !/\.(json|xml)$/.test(next.pathname)) {
        seen.add(next.href);
        queue.push(next.href);
      }
    }
  }
  expect(problems).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(seen.size).toBeGreaterThan(8);
});

test('the article shows markup, entities and invisible characters literally, and fits a phone', async ({ page }) => {
  const home = await site.serve(page);
  await page.goto(home);
  await page.getByRole('link', { name: /Angriff auf die Vorschau/ }).first().click();
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Angriff auf die Vorschau: <script>alert("titel")</script> im Titel');
  const text = await main.innerText();
  expect(text).toContain('man habe <script>alert(document.cookie)</script> im Quelltext');
  expect(text).toContain('<img src=x onerror="alert(\'img\')">');
  expect(text).toContain('&lt;b&gt;fett&lt;/b&gt; und &amp;amp; sowie &#x3C;script&#x3E;');
  expect(text).toContain("javascript:alert('link')");
  await expect(main.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(main.getByText('Prüfportal <script>alert(\'outlet\')</script>').first()).toBeVisible();

  await page.setViewportSize({ width: 360, height: 740 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('emoji, Cyrillic, Arabic and bidi controls survive into the page as text', async ({ page }) => {
  const home = await site.serve(page);
  await page.goto(home);
  await page.getByRole('link', { name: /Gespräche über Grenzfragen/ }).first().click();
  const text = await page.locator('main').innerText();
  for (const s of ['Грузия и Россия', '🇬🇪', 'Сергей Лавров', 'سيرغي لافروف', '👩‍👩‍👧‍👦', 'TEXT RÜCKWÄRTS']) expect(text).toContain(s);
});

test('the JSON export carries the hostile strings as data', async () => {
  const files = await readdir(site.dist);
  test.skip(!files.includes('dossier.json'), 'no JSON export in this build');
  const json = JSON.parse(await (await import('node:fs/promises')).readFile(join(site.dist, 'dossier.json'), 'utf8'));
  expect(JSON.stringify(json)).toContain('<script>alert(document.cookie)</script>');
});
