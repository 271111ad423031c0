/**
 * The curator's reviews (content/reviews.yaml) as a reader meets them: the
 * review and its ClaimReview on the claim page, the mark in the article, the
 * rating filter of the search page and of an entity page, all accessible;
 * and reviews following their sentences through an edit and a warm rebuild.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Ledger } from '../src/lib/claims/claim-ledger.ts';
import { parseReviews } from '../src/lib/reviews/read-reviews.ts';
import { entityPath } from '../src/lib/render/site-paths.ts';
import { readClaimPages } from './claim-page-facts.ts';
import { pages, siteRoot } from './expected-dossier.ts';
import { tempSite, type TempSite } from './temp-site.ts';

const ledger = JSON.parse(readFileSync(join(siteRoot, 'content/claims.ledger.json'), 'utf8')) as Ledger;
const reviews = parseReviews(readFileSync(join(siteRoot, 'content/reviews.yaml'), 'utf8')).reviews;
/** The SeaPRwire seed's sentence on the Naryshkin–Ratcliffe call, rated `belegt`; and the sentence rated `falsch`. */
const SUPPORTED = 'c7nktb5azrv';
const WRONG = 'csg5s00bmph';
const RATING_NAMES = { belegt: 'belegt', plausibel: 'plausibel', umstritten: 'umstritten', falsch: 'falsch', 'nicht-pruefbar': 'nicht prüfbar' };

async function noAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('every reviewed claim’s page shows its review and publishes a ClaimReview of its Claim', async ({ page }) => {
  await page.goto('./');
  expect(reviews.map((r) => r.rating).sort()).toEqual(Object.keys(RATING_NAMES).sort());
  const facts = await readClaimPages(page, reviews.map((r) => pages.claim(r.id)));
  for (const [i, review] of reviews.entries()) {
    const { status, text, jsonLd } = facts[i]!;
    expect(status).toBe(200);
    expect(text).toContain(`Bewertung der Redaktion: ${RATING_NAMES[review.rating]}`);
    expect(text).toContain(review.note);
    const claim = jsonLd.find((node) => (node as { '@type': string })['@type'] === 'Claim') as Record<string, unknown>;
    const claimReview = jsonLd.find((node) => (node as { '@type': string })['@type'] === 'ClaimReview') as Record<string, unknown>;
    expect(claimReview).toMatchObject({
      claimReviewed: ledger.claims[review.id]!.text,
      url: claim['@id'],
      itemReviewed: { '@type': 'Claim', '@id': claim['@id'] },
      reviewRating: { '@type': 'Rating', alternateName: RATING_NAMES[review.rating] },
      author: { name: 'Geheimdienstkontakte USA–Russland 2021–2025' },
      datePublished: review.date,
    });
  }
  await page.goto(pages.claim(SUPPORTED));
  await expect(page.getByRole('region', { name: 'Bewertung der Redaktion: belegt' })).toBeVisible();
  await expect(page.getByRole('link', { name: /^„Wie der SVR mitteilte/ })).toHaveAttribute('href', /\/c\/che0ge3enxy\/$/);
  await noAxeViolations(page);
});

test('the article marks a reviewed sentence with its rating, a link a keyboard reaches that leads to the review', async ({ page }) => {
  await page.goto(pages.claim(SUPPORTED));
  await page.getByRole('link', { name: 'Im Artikel lesen' }).click();
  const mark = page.getByRole('link', { name: 'Bewertung der Redaktion: belegt' });
  await expect(mark).toHaveText('belegt');
  // The mark follows the sentence's span, outside it.
  await expect(page.locator(`[id="${SUPPORTED}"] + a.claim-sources + a.claim-review, [id="${SUPPORTED}"] + a.claim-review`)).toHaveCount(1);
  await expect(page.locator('a.claim-review')).toHaveCount(reviews.filter((r) => ledger.claims[r.id]!.article === ledger.claims[SUPPORTED]!.article).length);
  await mark.focus();
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/c/${SUPPORTED}/#review$`));
  await expect(page.locator('#review')).toBeInViewport();
  // Axe on the page as opened from a link to it: a sentence shown as the target (#id) lays its permalink beside
  // the marks, which axe's target-size rule flags with or without a review mark (the corroboration mark alone does).
  await page.goto(await page.locator('a.claim-in-context').getAttribute('href').then((href) => href!.split('#')[0]!));
  await expect(page.locator('a.claim-review').first()).toBeVisible();
  await noAxeViolations(page);
});

test('the search page filters by rating, alone and with words, and keeps the rating in the address', async ({ page }) => {
  await page.goto('./search/');
  // As a reader reaches it: focusing the form loads the search.
  await page.getByLabel('Bewertung').focus();
  await expect(page.locator('form[data-search="page"]')).toHaveAttribute('data-search-ready', 'true');
  await page.getByLabel('Bewertung').selectOption({ label: 'falsch' });
  await expect(page).toHaveURL(/\/search\/\?rating=falsch$/);
  const hits = page.locator('#search-results .search-claims a.search-hit');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('Meuterei');
  await expect(hits.first()).toHaveAttribute('href', new RegExp(`#${WRONG}$`));
  await page.getByRole('searchbox').fill('Ratcliffe');
  await expect(page.getByRole('status')).toHaveText(/^0 Aussagen/);
  await page.getByLabel('Bewertung').selectOption({ label: 'belegt' });
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAttribute('href', new RegExp(`#${SUPPORTED}$`));
  await page.reload();
  await expect(page.getByLabel('Bewertung')).toHaveValue('belegt');
  await expect(hits).toHaveCount(1);
  await noAxeViolations(page);
});

test('an entity page filters its claims by rating with the keyboard alone, and without JavaScript', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
  const page = await context.newPage();
  await page.goto(entityPath('./', 'sergey-naryshkin'));
  const claims = page.locator('main .entity-claims li');
  const all = await claims.count();
  expect(all).toBeGreaterThan(3);
  const filter = page.getByRole('group', { name: 'Bewertung' });
  await filter.getByRole('radio', { name: 'Alle' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(filter.getByRole('radio', { name: 'belegt (1)' })).toBeChecked();
  await expect(claims.filter({ visible: true })).toHaveCount(1);
  await expect(claims.filter({ visible: true })).toContainText('sprach telefonisch mit seinem CIA-Amtskollegen');
  await expect(claims.filter({ visible: true }).locator('.claim-review')).toHaveText('Bewertung der Redaktion: belegt');
  await expect(page.locator('.entity-article').filter({ visible: true })).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(claims.filter({ visible: true })).toHaveCount(all);
  await context.close();
});

test('an entity page with its rating filter set passes axe', async ({ page }) => {
  await page.goto(entityPath('./', 'sergey-naryshkin'));
  await page.getByRole('radio', { name: 'belegt (1)' }).check();
  await expect(page.locator('main .entity-claims li').filter({ visible: true })).toHaveCount(1);
  await noAxeViolations(page);
});

test('a review follows its revised sentence, a withdrawn sentence’s review is dropped with a warning, and a warm rebuild after review edits is a cold one', async ({ page }) => {
  test.setTimeout(300_000);
  const SEED = 'content/articles/004_bd2a967ae327f507.txt';
  // Two sentences of the SNA seed (004), as e2e/claims-rebuild.spec.ts edits them.
  const reworded = { id: 'ck6khp3pfgd', before: 'weder in Washington noch in Moskau mitgeteilt.', after: 'weder in Washington noch in Moskau bekanntgegeben.' };
  const deleted = { id: 'ce1fm998fnw', text: 'Befürchtet wird, dass es zu einem Angriff seitens Russlands auf das Nachbarland kommen könnte.' };
  let site: TempSite | undefined;
  try {
    site = await tempSite();
    const project = site;
    await appendFile(
      join(project.root, 'content/reviews.yaml'),
      `\n${reworded.id}:\n  rating: nicht prüfbar\n  note: Keine der Seiten nannte die Uhrzeit.\n  date: 2026-12-03\n` +
        `\n${deleted.id}:\n  rating: plausibel\n  note: Der Truppenaufmarsch wird von mehreren Seiten berichtet.\n  sources: [cfzym39r5bb]\n  date: 2026-12-03\n`,
    );
    await project.build(Date.UTC(2027, 0, 4) / 1000);
    await project.edit(SEED, reworded.before, reworded.after);
    await project.edit(SEED, `${deleted.text} `, '');
    // A review of an article no edit touches (000): only the build's stamps can tell which pages the new rating changes.
    await project.edit('content/reviews.yaml', 'rating: belegt\n  note: Zwei Quellen', 'rating: plausibel\n  note: Zwei Quellen');
    const log = await project.build(Date.UTC(2027, 0, 5) / 1000);
    expect(log).toContain(`The reviewed claim \`${reworded.id}\` was revised`);
    expect(log).toContain(`The reviewed claim \`${deleted.id}\` „${deleted.text}“ was withdrawn on 2027-01-05`);

    const url = await project.serve(page);
    await page.goto(`${url}c/${reworded.id}/`);
    await page.getByRole('link', { name: 'Im Artikel lesen' }).click();
    const successor = page.locator('.article-body .claim', { hasText: reworded.after });
    const successorId = (await successor.getAttribute('id'))!;
    expect(successorId).not.toBe(reworded.id);
    await expect(page.locator(`[id="${successorId}"] + a.claim-review`)).toHaveText('nicht prüfbar');
    // In reading order: the rewritten time sentence, then the Nato sentence.
    await expect(page.locator('a.claim-review')).toHaveText(['nicht prüfbar', 'umstritten']);
    await page.goto(`${url}c/${successorId}/`);
    await expect(page.locator('#review')).toContainText('Die Bewertung wurde für eine frühere Fassung dieses Satzes geschrieben.');
    await page.goto(`${url}c/${deleted.id}/`);
    await expect(page.locator('#review')).toHaveCount(0);
    await page.goto(`${url}c/${SUPPORTED}/`);
    await expect(page.locator('#review h2')).toHaveText('Bewertung der Redaktion: plausibel');
    await page.getByRole('link', { name: 'Im Artikel lesen' }).click();
    await expect(page.locator(`[id="${SUPPORTED}"] ~ a.claim-review`).first()).toHaveText('plausibel');

    // The warm build kept the pages it judged unchanged by their stamps: they must be what a cold build makes.
    const warm = await readTree(project.dist);
    // The article page's service worker may still be precaching: no request may find dist/ gone.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await project.clean();
    await project.build(Date.UTC(2027, 0, 5) / 1000);
    const cold = await readTree(project.dist);
    expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
    expect([...cold].filter(([path, bytes]) => !warm.get(path)?.equals(bytes)).map(([path]) => path)).toEqual([]);
  } finally {
    await site?.dispose();
  }
});

/** Every file below `dir`, by its path relative to it. */
async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}
