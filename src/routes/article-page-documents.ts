/**
 * The reading and original pages of this build's articles as page sources,
 * for the `/articles/<slug>/` and `/articles/<slug>/original/` routes.
 */
import { cacheDir } from 'astro:config/server';
import type { PageSource } from '../build/handover.ts';
import { articleKey } from '../lib/claims/draft-claims.ts';
import { articlePageHead, articlePageMain } from '../lib/render/article-page.ts';
import { originalPageHead, originalPageMain } from '../lib/render/original-page.ts';
import { articleCacheDir, readCached } from '../loaders/article-cache.ts';
import { getArticleEntries, knownStamps } from './article-entries.ts';
import { getAnalysisCitations } from './analysis-citations.ts';
import { getWithdrawnClaims } from './claim-ledger-entry.ts';
import { getDossier } from './dossier-entry.ts';
import { viewStamp } from '../build/view-stamp.ts';

/** One article's page: its slug (the route parameter), and what the page writer needs. */
export interface ArticlePageSource extends PageSource {
  slug: string;
}

/** Every article's reading page; documents are made on demand. */
export async function articlePageSources(): Promise<ArticlePageSource[]> {
  const entries = await getArticleEntries();
  const known = knownStamps(entries);
  const { language } = await getDossier();
  const withdrawn = await getWithdrawnClaims();
  const citedBy = (await getAnalysisCitations()).backlinks.articles;
  const articles = new Map(entries.map((e) => [e.id, e.data]));
  const base = import.meta.env.BASE_URL;
  const site = import.meta.env.SITE;
  const cache = articleCacheDir(cacheDir);
  return entries.map(({ id, data: article }) => {
    // The page names its related articles (title, outlet, date): only those enter its view, each by its own stamp.
    const related = new Map(article.related.flatMap((r) => (articles.has(r.slug) ? [[r.slug, articles.get(r.slug)!] as const] : [])));
    const view = { article, withdrawn: withdrawn.get(articleKey(article.file)) ?? [], articles: related, citedIn: citedBy.get(id), language, base, site };
    return {
      slug: id,
      path: `articles/${id}/`,
      stamp: viewStamp(view, known),
      // The HTML is the article's by its key, which its entry stamp covers.
      document: () => ({ ...articlePageHead(article), main: articlePageMain({ ...view, html: readCached(cache, article.htmlKey, 'html') }) }),
    };
  });
}

/** Every article's original text with its removals marked; documents are made on demand. */
export async function originalPageSources(): Promise<ArticlePageSource[]> {
  const entries = await getArticleEntries();
  const known = knownStamps(entries);
  const { language } = await getDossier();
  const base = import.meta.env.BASE_URL;
  const site = import.meta.env.SITE;
  return entries.map(({ id, data: article }) => {
    const view = { article, language, base, site };
    return {
      slug: id,
      path: `articles/${id}/original/`,
      stamp: viewStamp(view, known),
      // The raw text is the article's, which its entry stamp covers: serialising every raw text again for its stamp was work for nothing.
      document: () => ({ ogType: 'website', ...originalPageHead(article, language), main: originalPageMain({ ...view, body: article.body }) }),
    };
  });
}
