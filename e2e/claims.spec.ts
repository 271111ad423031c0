/**
 * Claims as readers meet them: every sentence's permalink page, the article
 * scrolled to and highlighting a linked sentence, and copying a link to a
 * sentence with the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { readLedger } from '../src/lib/claims/ledger-file.ts';
import { readReviews } from '../src/lib/reviews/read-reviews.ts';
import { readClaimPages } from './claim-page-facts.ts';
import { articles, config, pages, siteRoot } from './expected-dossier.ts';

interface ClaimOnPage {
  id: string;
  text: string;
}

/** The claims of the article page open in `page`, in reading order, text without the permalink. */
function claimsOnPage(page: Page): Promise<ClaimOnPage[]> {
  return page.locator('.article-body .claim').evaluateAll((spans) =>
    spans.map((span) => {
      const copy = span.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.claim-link').forEach((link) => link.remove());
      return { id: span.id, text: (copy.textContent ?? '').trim() };
    }),
  );
}

const site = new URL(config.baseUrl);
const article = articles.find((a) => a.cleaned.blocks.filter((b) => b.kind === 'paragraph').length >= 4) ?? articles[0]!;

test('a claim page labels the sentences around the quotation and lists the registry entries it names', async ({ page }) => {
  const seed000 = articles.find((a) => a.file.endsWith('000_9b40cf4b3cb6ef87.txt'))!;
  await page.goto(pages.article(seed000.slug));
  const id = await page.locator('.article-body .claim', { hasText: 'Der Direktor des russischen Auslandsgeheimdienstes (SVR)' }).getAttribute('id');
  await page.goto(pages.claim(id!));
  await expect(page.locator('.claim-neighbour-label').first()).toBeVisible();
  await expect(page.locator('.claim-neighbour-label')).toHaveText(['Satz davor: ', 'Satz danach: ']);
  const named = page.getByRole('region', { name: 'In diesem Satz genannt' });
  await expect(named.getByRole('link', { name: 'John Ratcliffe' })).toHaveAttribute('href', /\/entities\/john-ratcliffe\/$/);
  await expect(named.getByRole('link', { name: 'Sergej Naryschkin' })).toBeVisible();
});

test('every claim of every article has its page, showing it and leading back to it', async ({ page, baseURL }) => {
  const ledger = await readLedger(siteRoot);
  const reviewed = new Set((await readReviews(siteRoot)).reviews.map((review) => review.id));
  const seen: string[] = [];
  for (const a of articles) {
    await page.goto(pages.article(a.slug));
    const claims = await claimsOnPage(page);
    expect(claims.length).toBeGreaterThan(0);
    const facts = await readClaimPages(page, claims.map((c) => new URL(pages.claim(c.id), baseURL).href));
    for (const [i, claim] of claims.entries()) {
      const fact = facts[i]!;
      expect(fact.status, claim.id).toBe(200);
      expect(fact.quote).toBe(claim.text);
      expect(fact.inContext).toBe(`${site.pathname}articles/${a.slug}/#${claim.id}`);
      expect(claim.text.startsWith(fact.ogTitle.replace(/ …$/, ''))).toBe(true);
      expect(fact.ogTitle.length).toBeLessThanOrEqual(200);
      expect(fact.canonical).toBe(new URL(`c/${claim.id}/`, site).href);
      expect(fact.jsonLd).toEqual([
        expect.objectContaining({
          '@context': 'https://schema.org',
          '@type': 'Claim',
          text: claim.text,
          author: { '@type': 'Organization', name: a.outlet.value },
          appearance: expect.objectContaining({ '@type': 'NewsArticle', headline: a.title.value, url: new URL(`articles/${a.slug}/`, site).href }),
        }),
        // A claim the curator reviewed also has its ClaimReview (e2e/reviews.spec.ts checks it in full).
        ...(reviewed.has(claim.id) ? [expect.objectContaining({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Claim', '@id': new URL(`c/${claim.id}/`, site).href } })] : []),
      ]);
    }
    seen.push(...claims.map((c) => c.id));
  }
  // The page ids are exactly the ledger's live ids: no sentence without an issued id, none issued twice.
  const live = Object.entries(ledger.claims).filter(([, e]) => e.status === 'live').map(([id]) => id);
  expect([...seen].sort()).toEqual(live.sort());
  expect(new Set(seen).size).toBe(seen.length);
});

for (const width of [1280, 360]) {
  test(`#<id> scrolls to its sentence and highlights it, ${width} px wide, light, dark and forced colours`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(pages.article(article.slug));
    const claims = await claimsOnPage(page);
    const target = claims[Math.floor(claims.length * 0.75)]!;
    const other = claims[0]!;
    await page.goto(`${pages.article(article.slug)}#${target.id}`);
    const span = page.locator(`[id="${target.id}"]`);
    await expect(span).toBeInViewport();
    const background = (id: string) => page.locator(`[id="${id}"]`).evaluate((el) => getComputedStyle(el).backgroundColor);
    for (const media of [{ colorScheme: 'light' }, { colorScheme: 'dark' }, { forcedColors: 'active' }] as const) {
      await page.emulateMedia(media);
      expect(await background(target.id), JSON.stringify(media)).not.toBe(await background(other.id));
    }
  });
}

test.describe('copying a link to a sentence, by keyboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Tab reaches a permalink, Enter copies its link with a text fragment, said visibly and to screen readers, nothing moves', async ({ page }) => {
    await page.goto(pages.article(article.slug));
    const pageUrl = page.url();
    let tabs = 0;
    while (!(await page.evaluate(() => document.activeElement?.matches('.claim-link') ?? false))) {
      await page.keyboard.press('Tab');
      expect(++tabs, 'Tab presses to the first permalink').toBeLessThan(15);
    }
    const link = page.locator('.claim-link:focus');
    await expect(link).toHaveCSS('opacity', '1');
    await expect(link).not.toHaveCSS('outline-style', 'none');
    const id = await link.getAttribute('data-claim');
    const text = (await claimsOnPage(page)).find((c) => c.id === id)!.text;

    const paragraph = page.locator('.article-body p', { has: link });
    const next = page.locator('.article-body p').nth(1);
    const boxes = async () => [await paragraph.boundingBox(), await next.boundingBox()];
    const before = await boxes();

    await page.keyboard.press('Enter');
    const status = page.locator('[data-claim-status][aria-live="polite"]');
    await expect(status).toHaveText('Link kopiert');
    await expect(link).toHaveAttribute('data-copied', 'Link kopiert');
    expect(await link.evaluate((el) => getComputedStyle(el, '::after').content)).toBe('"Link kopiert"');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${pageUrl}#${id}:~:text=`)).toBe(true);
    expect(copied).not.toMatch(/\s/);
    const directive = decodeURIComponent(copied.split(':~:text=')[1]!.split(',')[0]!);
    expect(text.startsWith(directive)).toBe(true);
    expect(page.url()).toBe(pageUrl);
    expect(await boxes()).toEqual(before);
  });
});

test('a modifier click on a permalink still opens the claim page', async ({ page, context }) => {
  await page.goto(pages.article(article.slug));
  const link = page.locator('.claim-link').first();
  const id = await link.getAttribute('data-claim');
  const [opened] = await Promise.all([context.waitForEvent('page'), link.click({ modifiers: ['ControlOrMeta'] })]);
  await opened.waitForLoadState();
  expect(new URL(opened.url()).pathname).toBe(`${site.pathname}c/${id}/`);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a permalink is a link to the claim page', async ({ page }) => {
    await page.goto(pages.article(article.slug));
    const link = page.locator('.claim-link').nth(1);
    const id = await link.getAttribute('data-claim');
    await link.focus();
    await link.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/c/${id}/$`));
    await expect(page.locator('main a.claim-in-context')).toHaveAttribute('href', new RegExp(`#${id}$`));
  });
});
