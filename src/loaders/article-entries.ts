/**
 * Read side of the `articles` collection, as pages need it: each stored
 * entry with its details (article-details.ts) joined back in. Every page of
 * a build asks for every article; the details are read once per build.
 */
import { cacheDir } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleCacheDir } from './article-cache.ts';
import { readArticleDetails, type ArticleDetails } from './article-details.ts';
import { articleStamp } from './page-stamps.ts';

/** An article as pages show it. */
export type Article = CollectionEntry<'articles'>['data'] & ArticleDetails;

/** An article with its entry id (the slug) and its stamp (see page-stamps.ts). */
export interface ArticleEntry {
  id: string;
  data: Article;
  stamp: string;
}

/** Details by key: a key names one content, so an edit in `astro dev` only adds an entry. */
const details = new Map<string, ArticleDetails>();

function detailsOf(key: string): ArticleDetails {
  let found = details.get(key);
  if (!found) details.set(key, (found = readArticleDetails(articleCacheDir(cacheDir), key)));
  return found;
}

/** Every article entry, in the collection's order. */
export async function getArticleEntries(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).map((entry) => ({
    id: entry.id,
    data: { ...entry.data, ...detailsOf(entry.data.detailsKey) },
    stamp: articleStamp(entry),
  }));
}

/** Every article, in the collection's order. */
export async function getArticles(): Promise<Article[]> {
  return (await getArticleEntries()).map((entry) => entry.data);
}

let counted: Promise<number> | undefined;

/**
 * How many articles the dossier has. Every page's header shows it, and
 * `getCollection` copies every entry's data on each call: a build counts
 * once (its content does not change while it renders), `astro dev` on
 * every request.
 */
export function getArticleCount(): Promise<number> {
  if (import.meta.env.DEV || !counted) counted = getCollection('articles').then((entries) => entries.length);
  return counted;
}
