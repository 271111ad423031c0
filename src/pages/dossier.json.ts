/** `/dossier.json`: the whole dossier, machine-readable (see `src/lib/export/dossier-json.ts`). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { dossierJson } from '../lib/export/dossier-json.ts';
import { getArticles } from '../loaders/article-entries.ts';
import { getDossier } from '../loaders/dossier-entry.ts';

export const GET: APIRoute = async ({ site }) => {
  const dossier = await getDossier();
  const articles = await getArticles();
  const entities = (await getCollection('entities')).map(({ id, data }) => ({ id, ...data }));
  const json = dossierJson({ dossier, siteUrl: String(site ?? dossier.baseUrl), base: import.meta.env.BASE_URL, articles, entities });
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
