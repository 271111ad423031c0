/** `/feed.xml`: the articles and analyses as an Atom feed (see `src/lib/export/atom-feed.ts`). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildDate } from '../lib/claims/build-date.ts';
import { atomFeed } from '../lib/export/atom-feed.ts';
import { excerpt } from '../lib/render/excerpt.ts';
import { uiStrings } from '../i18n/index.ts';
import { analysisPath, articlePath, feedPath } from '../lib/render/site-paths.ts';
import { getAnalyses } from '../routes/analysis-entries.ts';
import { getDossier } from '../routes/dossier-entry.ts';

/** Feed readers show a summary of about a paragraph. */
const SUMMARY_LENGTH = 400;

export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  const base = import.meta.env.BASE_URL;
  const url = (path: string) => new URL(path, site ?? dossier.baseUrl).href;
  const articles = (await getCollection('articles')).map((entry) => entry.data);
  const t = uiStrings(dossier.language);
  const analysis = { term: 'analysis', label: t.analysisLabel };
  const analyses = (await getAnalyses()).map((a) => ({
    url: url(analysisPath(base, t.analysesPathSegment, a.slug)),
    title: a.title,
    author: a.author,
    published: a.date,
    summary: excerpt(a.summary, SUMMARY_LENGTH),
    category: analysis,
  }));
  const xml = atomFeed({
    title: dossier.title,
    subtitle: dossier.description,
    language: dossier.language,
    siteUrl: url(base),
    feedUrl: url(feedPath(base)),
    fallbackDate: buildDate(),
    entries: [
      ...articles.map((a) => ({
        url: url(articlePath(base, a.slug)),
        title: a.title.value,
        author: a.outlet.value,
        published: a.published?.value,
        summary: excerpt(a.lead, SUMMARY_LENGTH),
      })),
      ...analyses,
    ],
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
