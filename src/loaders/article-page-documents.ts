/**
 * The reading and original pages of this build's articles as page
 * documents, for the `/articles/<slug>/` and `/articles/<slug>/original/`
 * routes.
 */
import { cacheDir } from 'astro:config/server';
import { getCollection } from 'astro:content';
import { articleKey } from '../lib/claims/draft-claims.ts';
import { articlePageHead, articlePageMain } from '../lib/render/article-page.ts';
import { originalPageHead, originalPageMain } from '../lib/render/original-page.ts';
import type { PageDocument } from '../lib/render/page-document.ts';
import { articleHtmlDir, readArticleHtml } from './article-html-cache.ts';
import { getWithdrawnClaims } from './claim-ledger-entry.ts';
import { getDossier } from './dossier-entry.ts';

/** One article's page: its slug (the route parameter) and how to make its document. */
export interface ArticlePageSource {
  slug: string;
  document: () => PageDocument;
}

/** Every article's reading page; documents are made on demand. */
export async function articlePageSources(): Promise<ArticlePageSource[]> {
  const entries = await getCollection('articles');
  const { language } = await getDossier();
  const withdrawn = await getWithdrawnClaims();
  const articles = new Map(entries.map((e) => [e.id, e.data]));
  const base = import.meta.env.BASE_URL;
  const htmlDir = articleHtmlDir(cacheDir);
  return entries.map(({ id, data: article }) => ({
    slug: id,
    document: () => ({
      path: `articles/${id}/`,
      ...articlePageHead(article),
      main: articlePageMain({ article, html: readArticleHtml(htmlDir, article.htmlKey), withdrawn: withdrawn.get(articleKey(article.file)) ?? [], articles, language, base }),
    }),
  }));
}

/** Every article's original text with its removals marked; documents are made on demand. */
export async function originalPageSources(): Promise<ArticlePageSource[]> {
  const entries = await getCollection('articles');
  const { language } = await getDossier();
  const base = import.meta.env.BASE_URL;
  return entries.map(({ id, data: article, body }) => {
    if (body === undefined) throw new Error(`Article ${id} was stored without its source text.`);
    return {
      slug: id,
      document: () => ({ path: `articles/${id}/original/`, ogType: 'website', ...originalPageHead(article, language), main: originalPageMain({ article, body, language, base }) }),
    };
  });
}
