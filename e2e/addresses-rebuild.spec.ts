/**
 * Article addresses that never break, the twin of claims-rebuild.spec.ts: a
 * copy of the dossier is built, then one article gets a new title, one is
 * renamed on purpose (`slug:`), one is deleted, and it is rebuilt. Every
 * page address the first build published must still answer in Chromium:
 * as the page, a redirect to the renamed article, or a tombstone.
 */
import { appendFile, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { tempSite, type TempSite } from './temp-site.ts';

const FIRST_BUILD = Date.UTC(2027, 0, 4) / 1000;
const REBUILD = Date.UTC(2027, 0, 5) / 1000;

const RETITLED = 'content/articles/000_9b40cf4b3cb6ef87';
const RENAMED = 'content/articles/002_dfe8015b3b02bc70';
const DELETED = 'content/articles/003_f1290934ed803041';
const NEW_TITLE = 'Naryschkin und Ratcliffe telefonieren';
const NEW_SLUG = 'geheimdienstchefs-in-ankara';

/** Every page of a built site, by the path it is requested with (`articles/x/`), below the base. */
async function publishedPages(dist: string): Promise<string[]> {
  const files = await readdir(dist, { recursive: true });
  return files
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .filter((file) => !file.includes('_frame'))
    .map((file) => file.slice(0, -'index.html'.length))
    .sort();
}

/** The slug the address ledger gives an article now. */
async function slugOf(root: string, article: string): Promise<string> {
  const ledger = JSON.parse(await readFile(join(root, 'content/articles.ledger.json'), 'utf8')) as {
    addresses: Record<string, { article: string; status: string }>;
  };
  const key = article.split('/').at(-1);
  return Object.entries(ledger.addresses).find(([, e]) => e.article === key && e.status === 'live')![0];
}

test('every page address published before a retitle, a rename and a deletion still answers', async ({ page }) => {
  test.setTimeout(240_000);
  let site: TempSite | undefined;
  try {
    site = await tempSite();
    const project = site;
    await test.step('first build', () => project.build(FIRST_BUILD));
    const published = await publishedPages(project.dist);
    const retitled = await slugOf(project.root, RETITLED);
    const renamed = await slugOf(project.root, RENAMED);
    const deleted = await slugOf(project.root, DELETED);

    await test.step('retitle one article, rename another, delete a third, and rebuild', async () => {
      await appendFile(join(project.root, `${RETITLED}.meta.yaml`), `title: ${NEW_TITLE}\n`);
      await appendFile(join(project.root, `${RENAMED}.meta.yaml`), `slug: ${NEW_SLUG}\n`);
      await rm(join(project.root, `${DELETED}.txt`));
      await rm(join(project.root, `${DELETED}.meta.yaml`));
      const log = await project.build(REBUILD);
      expect(log).toContain('article addresses: 0 new, 1 renamed, 1 withdrawn');
    });

    const url = await project.serve(page);
    const base = new URL(url).pathname;

    await test.step('a new title does not move the address', async () => {
      expect(await slugOf(project.root, RETITLED)).toBe(retitled);
      await page.goto(`${url}articles/${retitled}/`);
      await expect(page.locator('h1')).toHaveText(NEW_TITLE);
    });

    await test.step('the renamed article\'s old addresses redirect, by page and by _redirects', async () => {
      for (const suffix of ['', 'original/']) {
        await page.goto(`${url}articles/${renamed}/${suffix}`);
        await page.waitForURL(`${url}articles/${NEW_SLUG}/${suffix}`);
        expect(await page.locator('link[rel=canonical]').getAttribute('href')).toBe(`${url}articles/${NEW_SLUG}/${suffix}`);
      }
      const redirects = await readFile(join(project.dist, '_redirects'), 'utf8');
      expect(redirects).toContain(`${base}articles/${renamed}/ ${base}articles/${NEW_SLUG}/ 301\n`);
    });

    await test.step('the deleted article\'s addresses show a tombstone', async () => {
      for (const suffix of ['', 'original/']) {
        const response = await page.goto(`${url}articles/${deleted}/${suffix}`);
        expect(response?.status()).toBe(200);
        await expect(page.locator('main h1')).toHaveText('Dieser Artikel wurde zurückgezogen');
        await expect(page.locator('main')).toContainText('Zurückgezogen am 5. Januar 2027.');
      }
    });

    await test.step('every address the first build published answers 200 in Chromium, none with the 404 page', async () => {
      expect(published).toContain(`articles/${renamed}/`);
      expect(published).toContain(`articles/${deleted}/original/`);
      const failing: string[] = [];
      for (const path of published) {
        const response = await page.goto(`${url}${path}`, { waitUntil: 'commit' });
        if (response?.status() !== 200) failing.push(`${path}: ${response?.status()}`);
      }
      expect(failing).toEqual([]);
    });
  } finally {
    await site?.dispose();
  }
});
