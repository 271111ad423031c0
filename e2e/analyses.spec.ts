/**
 * The curator's analyses in the built site: the seed analysis on the home
 * page and its own page, every citation resolving, the "Zitiert in"
 * backlinks, axe, and, in a temp copy of the project, the ledger keeping
 * citations honest after an edit and raw HTML failing the build.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempSite, type TempSite } from './temp-site.ts';

const ANALYSIS = 'analysen/kontakte-svr-cia/';
const FILE = 'content/analyses/kontakte-svr-cia.md';
const TITLE = 'Was über die Kontakte zwischen SVR und CIA bekannt ist';
/** The Ankara report (RT DE, 15 November 2022), which the analysis quotes and cites. */
const ANKARA = 'content/articles/002_dfe8015b3b02bc70.txt';

test('the home page lists the analysis above the articles; its page renders every citation, each resolving', async ({ page, request }) => {
  await page.goto('./');
  const headings = await page.locator('main h2').allTextContents();
  expect(headings.indexOf('Analysen')).toBeGreaterThanOrEqual(0);
  expect(headings.indexOf('Analysen')).toBeLessThan(headings.indexOf('Artikel'));
  await page.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/${ANALYSIS}$`));
  await expect(page.locator('h1')).toHaveText(TITLE);
  await expect(page.locator('main .meta').nth(1)).toHaveText('von Redaktion des Dossiers, 3. Dezember 2026');

  // 18 claims, numbered in reading order; the quotation counts as the fifth.
  const numbers = await page.locator('.analysis-body sup.citation a').allTextContents();
  expect(numbers.length).toBeGreaterThanOrEqual(8);
  expect(numbers.slice(0, 4)).toEqual(['[1]', '[2]', '[3]', '[4]']);
  await expect(page.locator('.analysis-sources li')).toHaveCount(18);
  const quote = page.locator('figure.analysis-quote');
  await expect(quote.locator('blockquote')).toHaveText(/^Das jüngste unangekündigte Treffen führender russischer und US-Spione in Ankara/);
  await expect(quote.locator('figcaption')).toHaveText('[5] RT DE·15. November 2022');
  await expect(page.locator('.analysis-body a[href$="/entities/sergey-naryshkin/"]')).toHaveText('Sergej Naryschkin');
  await expect(page.locator('.analysis-body a[href*="/articles/spannungen-um-die-ukraine"]')).toHaveText('„Spannungen um die Ukraine: Telefonat zwischen Putin und Biden für Donnerstag geplant“');

  const hrefs = await page.locator('main a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  for (const href of new Set(hrefs)) expect((await request.get(href)).status(), href).toBe(200);
  // The claim page a number leads to shows the sentence the sources list quotes.
  await page.locator('.analysis-body sup.citation a').first().click();
  await expect(page.locator('.claim-quote blockquote')).toHaveText('Der russische Präsident, Wladimir Putin, wird am Donnerstag ein Telefongespräch mit seinem US-Amtskollegen, Joe Biden, führen.');
});

test('the analysis page has no axe violations and runs no script of its own', async ({ page }) => {
  await page.goto(ANALYSIS);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Only the layout's own scripts, never one inside the analysis.
  await expect(page.locator('main script')).toHaveCount(0);
});

test('claim, article and entity pages name the analysis under „Zitiert in“', async ({ page }) => {
  for (const path of ['c/c426gemc26k/', 'articles/top-spione-beider-seiten-trafen-sich-um-ueber-die-vermeidung-von/', 'entities/sergey-naryshkin/']) {
    await page.goto(path);
    const section = page.locator('section.cited-in');
    await expect(section.locator('h2'), path).toHaveText('Zitiert in');
    await section.getByRole('link', { name: TITLE }).click();
    await expect(page).toHaveURL(new RegExp(`/${ANALYSIS}$`));
  }
  // A claim the analysis does not cite has no such section.
  await page.goto('c/cg98td39mty/');
  await expect(page.locator('section.cited-in')).toHaveCount(0);
});

test('search finds the analysis in its own group, by a word only its text has', async ({ page }) => {
  await page.goto('./search/?q=gegenpr%C3%BCfen');
  const results = page.locator('#search-results');
  await expect(results).toHaveAttribute('aria-busy', 'false');
  const group = results.locator('.search-analyses');
  await expect(group.locator('h2')).toHaveText('Analysen 1');
  await group.getByRole('link', { name: TITLE }).click();
  await expect(page).toHaveURL(new RegExp(`/${ANALYSIS}$`));
});

test.describe('in a copy of the project', () => {
  test.describe.configure({ mode: 'serial' });
  let site: TempSite;
  test.beforeAll(async () => {
    test.setTimeout(240_000);
    site = await tempSite();
    await site.build(Date.UTC(2027, 0, 4) / 1000);
  });
  test.afterAll(async () => {
    await site?.dispose();
  });

  test('after an edit, a moved citation shows the current wording as revised and a withdrawn one its last wording', async ({ page }) => {
    test.setTimeout(240_000);
    await site.edit(ANKARA, 'zwischen zwei Mächten', 'zwischen den beiden Mächten');
    await site.edit(ANKARA, '„Der Hauptzweck war, über Fragen der strategischen Stabilität zu sprechen“, sagte er. ', '');
    await site.build(Date.UTC(2027, 0, 5) / 1000);
    const ledger = JSON.parse(await readFile(join(site.root, 'content/claims.ledger.json'), 'utf8')) as { claims: Record<string, { status: string; successor?: string }> };
    expect(ledger.claims.c426gemc26k?.status).toBe('moved');
    expect(ledger.claims.cvg3ra1j68p?.status).toBe('withdrawn');
    const url = await site.serve(page);
    await page.goto(`${url}${ANALYSIS}`);
    const quote = page.locator('figure.analysis-quote');
    await expect(quote.locator('blockquote')).toContainText('zwischen den beiden Mächten aufrechterhalten');
    await expect(quote.locator('.citation-status')).toHaveText('seither überarbeitet, hier im heutigen Wortlaut');
    await expect(quote.locator('figcaption a')).toHaveAttribute('href', new RegExp(`/c/${ledger.claims.c426gemc26k!.successor}/$`));
    const withdrawn = page.locator('.analysis-sources li', { hasText: 'Der Hauptzweck war' });
    await expect(withdrawn.locator('.citation-status')).toHaveText('zurückgezogen am 5. Januar 2027, zuletzt veröffentlichter Wortlaut');
    await expect(withdrawn.locator('a')).toHaveAttribute('href', /\/c\/cvg3ra1j68p\/$/);
    // The withdrawn id's page still names the analysis that cites it.
    await page.goto(`${url}c/cvg3ra1j68p/`);
    await expect(page.locator('section.cited-in a')).toHaveText(TITLE);
  });

  test('raw HTML in an analysis fails the build with the file, the line and the fix', async () => {
    test.setTimeout(240_000);
    await site.edit(FILE, '## Ankara, November 2022', '## Ankara, November 2022\n\n<script>alert(1)</script>');
    const failure = await site.build(Date.UTC(2027, 0, 6) / 1000).then(
      () => undefined,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    );
    expect(failure, 'the build must fail').toBeDefined();
    expect(failure).toContain(`${FILE}: Line 22: raw HTML \`<script>alert(1)</script>\` is not allowed in an analysis.`);
    expect(failure).toContain('fix: Write it in Markdown');
  });
});
