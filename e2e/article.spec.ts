import { expect, test } from '@playwright/test';
import { articles, BOILERPLATE, pages } from './expected-dossier.ts';

for (const article of articles) {
  test.describe(`article ${article.slug}`, () => {
    test('shows title, outlet, date and the cleaned text with its subheadings', async ({ page }) => {
      await page.goto(pages.article(article.slug));
      const main = page.locator('main');
      await expect(main.getByRole('heading', { level: 1 })).toHaveText(article.title.value);
      await expect(main.locator('.byline .outlet')).toHaveText(article.outlet.value);
      if (article.published) {
        await expect(main.locator('.byline time')).toHaveAttribute('datetime', article.published.value);
      }
      const body = main.locator('.article-body');
      const paragraphs = article.cleaned.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
      const headings = article.cleaned.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
      // The reading text, without the small permalink, the source count and the curator's rating after a sentence.
      const readingText = await body.locator('p').evaluateAll((ps) =>
        ps.map((p) => {
          const copy = p.cloneNode(true) as HTMLElement;
          for (const mark of copy.querySelectorAll('.claim-link, .claim-sources, .claim-review')) mark.remove();
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        }),
      );
      expect(readingText).toEqual(paragraphs);
      await expect(body.locator('h2')).toHaveText(headings);
    });

    test('links to its original text, and to its source when known', async ({ page }) => {
      await page.goto(pages.article(article.slug));
      await page.getByRole('link', { name: 'Originaltext mit allen Entfernungen' }).click();
      await expect(page).toHaveURL(new RegExp(`${pages.original(article.slug).slice(1)}$`));
      await page.goBack();
      const source = page.locator('main a[rel~="external"]');
      if (article.url) await expect(source).toHaveAttribute('href', article.url);
      else await expect(source).toHaveCount(0);
    });

    test('its reading text contains no boilerplate', async ({ page }) => {
      await page.goto(pages.article(article.slug));
      const text = await page.locator('main').innerText();
      for (const boilerplate of BOILERPLATE) expect(text, boilerplate).not.toContain(boilerplate);
    });

    test('its original page marks each removal as <del> with a visible reason', async ({ page }) => {
      await page.goto(pages.original(article.slug));
      const original = page.locator('main .original-text');
      const dels = original.locator('del');
      await expect(dels).toHaveCount(article.cleaned.removed.length);
      await expect(dels).toHaveText(article.cleaned.removed.map((r) => r.text.trim()), { useInnerText: false });
      await expect(original.locator('.removal-reason')).toHaveCount(article.cleaned.removed.length);
      await expect(page.locator('main .removal-count')).toContainText(String(article.cleaned.removed.length));
      await expect(page.locator('main .legend')).toBeVisible();

      // Boilerplate of the source is on this page, but only ever inside <del>.
      const kept = await original.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('del, .removal-reason').forEach((node) => node.remove());
        return copy.textContent ?? '';
      });
      const all = (await original.textContent()) ?? '';
      for (const boilerplate of BOILERPLATE) {
        expect(kept, boilerplate).not.toContain(boilerplate);
        if (article.source.includes(boilerplate)) expect(all, boilerplate).toContain(boilerplate);
      }
    });
  });
}
