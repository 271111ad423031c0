/**
 * Reads the built HTML in `dist/` directly (no browser): every sentence the
 * cleaner kept must be on the article's page, in its main content.
 */
import { expect, test } from '@playwright/test';
import { articles, builtHtml, pages } from './expected-dossier.ts';

/** Text of the `<main>` element: tags dropped, character references decoded, whitespace collapsed. */
function mainText(html: string): string {
  const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1];
  if (main === undefined) throw new Error('The page has no <main>.');
  return main
    // A name linked to its entity page is part of the sentence: unwrap it without adding a space.
    .replace(/<a\b[^>]*\bclass="entity"[^>]*>([^<]*)<\/a>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|amp|lt|gt|apos|nbsp);/g, (_, name: string) => ({ quot: '"', amp: '&', lt: '<', gt: '>', apos: "'", nbsp: ' ' })[name] ?? '')
    .replace(/\s+/g, ' ');
}

/** Splits at sentence ends (., !, ? with optional closing quote) followed by a space. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?][“”"«»']?)\s+/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

for (const article of articles) {
  test(`every kept sentence of ${article.slug} is on its built page`, () => {
    const text = mainText(builtHtml(pages.article(article.slug)));
    const kept = article.cleaned.blocks.flatMap((block) => sentences(block.text));
    expect(kept.length).toBeGreaterThan(0);
    const missing = kept.filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });
}
