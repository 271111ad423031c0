/**
 * A saved web page as an article: a real regional news page (ISO-8859-1,
 * full of navigation, ads and teasers) is put into a temp copy of the
 * dossier as `dossier add` stores it, byte for byte with its sidecar, and
 * the site is built. Its article page must show the headline and the
 * article's text and none of the page's furniture; its original page the
 * visible text of the page, with what the extraction removed and why.
 */
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from './expected-dossier.ts';
import { tempSite, type TempSite } from './temp-site.ts';

const PAGE = join(projectRoot, 'src/lib/html/fixtures/nnz-online.de-Quantensprung.html');
const NAME = 'content/articles/005_0f1e2d3c4b5a6978';

test.describe.configure({ mode: 'serial' });

let site: TempSite;
test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await tempSite();
  await copyFile(PAGE, join(site.root, `${NAME}.html`));
  // What `dossier add` writes, reviewed: the values read from the page, published.
  await writeFile(
    join(site.root, `${NAME}.meta.yaml`),
    'status: published\noutlet: "nnz-online"\npublished: "2023-11-06"\nurl: "https://nnz-online.de/news/news_lang.php?ArtNr=335853"\norigin: { outlet: page, published: page, url: page }\n',
  );
  await site.build(Date.UTC(2027, 0, 4) / 1000);
});
test.afterAll(async () => {
  await site?.dispose();
});

test('the saved page is an article: its headline, its text, none of its furniture', async ({ page }) => {
  const home = await site.serve(page);
  await page.goto(home);
  await page.getByRole('link', { name: 'Ein Quantensprung für Nordhausen Nord' }).first().click();
  const main = page.locator('main');
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('Ein Quantensprung für Nordhausen Nord');
  await expect(main).toContainText('Nordpark');
  // The page states its date: the reader gets it plainly, its provenance is on the original page.
  await expect(main.locator('.byline')).toContainText('nnz-online');
  await expect(main.locator('.byline')).not.toContainText('(Datum der Seite)');
  // Navigation and the page's service links are not article text.
  await expect(main).not.toContainText('Amtliche Bekanntmachungen');
  await expect(main).not.toContainText('Sudoku');
});

test('its original page shows the visible text of the page, what was removed, and why', async ({ page }) => {
  const home = await site.serve(page);
  await page.goto(home);
  await page.getByRole('link', { name: 'Ein Quantensprung für Nordhausen Nord' }).first().click();
  await page.getByRole('link', { name: 'Originaltext mit allen Entfernungen' }).click();
  const main = page.locator('main');
  await expect(main).toContainText('Der sichtbare Text der gespeicherten Webseite');
  await expect(main.locator('.byline')).toContainText('(Datum der Seite)');
  // The raw file's path is the curator's, not the reader's.
  await expect(main).not.toContainText(`${NAME}.html`);
  await expect(main).toContainText('windows-1252');
  // The page's text, decoded, without its markup; the furniture struck through with a reason.
  await expect(main.locator('.original-text')).toContainText('Ein Quantensprung für Nordhausen Nord');
  await expect(main.locator('.original-text')).not.toContainText('<div');
  const removed = main.locator('.original-text del', { hasText: 'Amtliche Bekanntmachungen' });
  await expect(removed.first()).toBeVisible();
  expect(await removed.first().getAttribute('title')).toBeTruthy();
});
