/**
 * Drafts before publication: a copy of the dossier gets a real page from the
 * web as a draft (`status: draft`, what `dossier add` writes). The build
 * must publish nothing of it (no page, no search entry, no export or feed
 * entry, no link to it) and issue it no claim id; marked published, the
 * next build publishes it and records its ids. The dev server shows the
 * draft, marked, and never writes the ledger.
 */
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from './expected-dossier.ts';
import { startDevServer, tempSite, type TempSite } from './temp-site.ts';

/** A real German news page as copied from the browser, furniture and all (from the development set). */
const FIXTURE = join(projectRoot, 'e2e/fixtures/drafts/polizeiticker-unfall.txt');
const DRAFT = 'content/articles/005_polizeiticker.txt';
const SIDECAR = 'content/articles/005_polizeiticker.meta.yaml';
const SLUG = 'studen-be-a6-nach-toedlichem-unfall-fuer-mehrere-stunden-gesperrt';
const sidecar = (status: string) =>
  `outlet: Polizeiticker\npublished: 2023-11-06\ntitle: Studen BE - A6 nach tödlichem Unfall für mehrere Stunden gesperrt\nstatus: ${status}\n`;
/** Words of the draft's text and nowhere in the seeds, as a page, the search index (lower-cased) or an export would hold them. */
const DRAFT_WORDS = /autolenker|kantonspolizei|studen-be-a6/i;
const LEDGER = 'content/claims.ledger.json';

const BUILD = Date.UTC(2027, 0, 4) / 1000;

/** The files below `dir` whose text holds `pattern`, relative to `dir`. */
async function filesMatching(dir: string, pattern: RegExp): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    if (pattern.test(await readFile(path, 'utf8'))) found.push(relative(dir, path));
  }
  return found;
}

/** The ledger's entries of the draft's article. */
async function draftLedgerEntries(site: TempSite): Promise<[string, { article: string; issued: string; status: string }][]> {
  const ledger = JSON.parse(await readFile(join(site.root, LEDGER), 'utf8')) as { claims: Record<string, { article: string; issued: string; status: string }> };
  return Object.entries(ledger.claims).filter(([, entry]) => entry.article === '005_polizeiticker');
}

test.describe.configure({ mode: 'serial' });

let site: TempSite;
let ledgerBefore = '';
test.beforeAll(async () => {
  site = await tempSite();
  await copyFile(FIXTURE, join(site.root, DRAFT));
  await writeFile(join(site.root, SIDECAR), sidecar('draft'));
  ledgerBefore = await readFile(join(site.root, LEDGER), 'utf8');
});
test.afterAll(async () => {
  await site?.dispose();
});

test('a build publishes nothing of a draft, says it left it out, and issues it no claim id', async () => {
  test.setTimeout(180_000);
  const log = await site.build(BUILD);
  expect(log).toContain(`1 draft left out (status: draft): ${DRAFT}.`);
  expect(log).toContain('Dossier built: 5 articles (1 draft left out),');
  expect(await readdir(join(site.dist, 'articles'))).not.toContain(SLUG);
  // Not in any page, search index chunk, dossier.json, feed or claim page, nor linked from one.
  expect(await filesMatching(site.dist, DRAFT_WORDS)).toEqual([]);
  // The seeds' ledger was up to date: the build has nothing to add, least of all the draft's sentences.
  expect(await readFile(join(site.root, LEDGER), 'utf8')).toBe(ledgerBefore);
});

test('marked published, the next build publishes it and records its claim ids', async () => {
  test.setTimeout(180_000);
  await writeFile(join(site.root, SIDECAR), sidecar('published'));
  const log = await site.build(BUILD);
  expect(log).not.toContain('left out');
  expect(log).toContain('Dossier built: 6 articles,');
  const page = await readFile(join(site.dist, 'articles', SLUG, 'index.html'), 'utf8');
  expect(page).toContain('Kantonspolizei Bern');
  expect(page).not.toContain('Entwurf');
  const entries = await draftLedgerEntries(site);
  expect(entries.length).toBeGreaterThan(5);
  for (const [id, entry] of entries) {
    expect(entry).toMatchObject({ issued: '2027-01-04', status: 'live' });
    expect(page).toContain(`id="${id}"`);
  }
});

test('the dev server shows a draft, marked and not indexed, and leaves the ledger as it is', async () => {
  test.setTimeout(180_000);
  await writeFile(join(site.root, SIDECAR), sidecar('draft'));
  // A draft's sentence edited in dev: before this change, the dev server wrote it into the ledger as issued.
  const text = await readFile(join(site.root, DRAFT), 'utf8');
  await writeFile(join(site.root, DRAFT), text.replace('Der Unfall wird untersucht.', 'Der Unfall wird weiter untersucht.'));
  const ledger = await readFile(join(site.root, LEDGER), 'utf8');
  const dev = await startDevServer(site.root);
  const { origin, base } = dev;
  try {
    const home = await (await fetch(origin)).text();
    expect(home).toContain(`${base}articles/${SLUG}/`);
    expect(home).toMatch(/class="draft-marker"[^>]*>Entwurf</);
    const response = await fetch(`${origin}articles/${SLUG}/`);
    expect(response.status).toBe(200);
    const article = await response.text();
    expect(article).toMatch(/class="draft-marker"[^>]*>Entwurf</);
    expect(article).toContain('<meta name="robots" content="noindex"');
    expect(article).toContain('Der Unfall wird weiter untersucht.');
    const claim = article.match(/href="([^"]*\/c\/c[0-9a-z]{10}\/)"/)?.[1];
    expect(claim, 'a permalink after a sentence').toBeDefined();
    const claimPage = await (await fetch(new URL(claim!, origin))).text();
    expect(claimPage).toMatch(/class="draft-marker"[^>]*>Entwurf</);
    expect(claimPage).toContain('<meta name="robots" content="noindex"');
    const timeline = await (await fetch(`${origin}timeline/`)).text();
    expect(timeline).toMatch(new RegExp(`class="draft-marker"[^>]*>Entwurf</strong> <a href="${base}articles/${SLUG}/#c`));
    expect(dev.log()).toContain(`1 draft shown here, marked as drafts; a build leaves it out: ${DRAFT}.`);
    expect(dev.log()).toContain('(a preview: only a build writes content/claims.ledger.json)');
    expect(await readFile(join(site.root, LEDGER), 'utf8')).toBe(ledger);
  } finally {
    dev.stop();
  }
});
