/**
 * The reading and original pages of this build's articles as page sources,
 * for the `/articles/<slug>/` and `/articles/<slug>/original/` routes.
 */
import { cacheDir } from 'astro:config/server';
import type { PageSource } from '../integrations/page-queue.ts';
import { articleKey } from '../lib/claims/draft-claims.ts';
import { articlePageHead, articlePageMain } from '../lib/render/article-page.ts';
import { originalPageHead, originalPageMain } from '../lib/render/original-page.ts';
import { articleCacheDir, readCached } from './article-cache.ts';
import { getAnalysisCitations } from './analysis-citations.ts';
import { getArticleEntries } from './article-entries.ts';
import { getWithdrawnClaims } from './claim-ledger-entry.ts';
import { getDossier } from './dossier-entry.ts';
import { stampOf } from './page-stamps.ts';

/** One article's page: its slug (the route parameter), and what the page writer needs. */
export interface ArticlePageSource extends PageSource {
  slug: string;
}

/** Every article's reading page; documents are made on demand. */
export async function articlePageSources(): Promise<ArticlePageSource[]> {
  const entries = await getArticleEntries();
  const { language } = await getDossier();
  const withdrawn = await getWithdrawnClaims();
  const citedBy = (await getAnalysisCitations()).backlinks.articles;
  const articles = new Map(entries.map((e) => [e.id, e.data]));
  const stamps = new Map(entries.map((e) => [e.id, e.stamp]));
  const base = import.meta.env.BASE_URL;
  const cache = articleCacheDir(cacheDir);
  return entries.map(({ id, data: article, stamp }) => {
    const gone = withdrawn.get(articleKey(article.file)) ?? [];
    // The page names its related articles: their title, outlet and date are part of it.
    const related = article.related.map((r) => stamps.get(r.slug) ?? '');
    const citedIn = citedBy.get(id);
    return {
      slug: id,
      path: `articles/${id}/`,
      stamp: stampOf(base, import.meta.env.SITE, language, stamp, JSON.stringify(gone), JSON.stringify(citedIn ?? []), ...related),
      document: () => ({
        ...articlePageHead(article),
        main: articlePageMain({ article, html: readCached(cache, article.htmlKey, 'html'), withdrawn: gone, articles, language, base, citedIn }),
      }),
    };
  });
}

/** Every article's original text with its removals marked; documents are made on demand. */
export async function originalPageSources(): Promise<ArticlePageSource[]> {
  const entries = await getArticleEntries();
  const { language } = await getDossier();
  const base = import.meta.env.BASE_URL;
  return entries.map(({ id, data: article, stamp }) => ({
    slug: id,
    path: `articles/${id}/original/`,
    // The entry's digest covers the raw text the page shows.
    stamp: stampOf(base, import.meta.env.SITE, language, stamp),
    document: () => ({ ogType: 'website', ...originalPageHead(article, language), main: originalPageMain({ article, body: article.body, language, base }) }),
  }));
}
