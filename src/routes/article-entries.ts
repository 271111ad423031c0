/**
 * Read side of the `articles` collection, as pages need it: each stored
 * entry with its details (article-details.ts) joined back in. Every route of
 * a build asks for every article, and `getCollection` copies every entry's
 * data on each call: a build reads them once (its content does not change
 * while it renders), `astro dev` on every request.
 */
import { cacheDir } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleCacheDir } from '../loaders/article-cache.ts';
import { readArticleDetails, type ArticleDetails } from '../loaders/article-details.ts';
import { articleStamp } from '../build/page-stamps.ts';
import { handedOverDetails } from '../build/handover.ts';
import type { KnownStamps } from '../build/view-stamp.ts';

/** An article as pages show it. */
export type Article = CollectionEntry<'articles'>['data'] & ArticleDetails;

/** An article with its entry id (the slug) and its stamp (see src/build/page-stamps.ts). */
export interface ArticleEntry {
  id: string;
  data: Article;
  stamp: string;
}

/** Details by key: a key names one content, so an edit in `astro dev` only adds an entry. */
const details = new Map<string, ArticleDetails>();

function detailsOf(key: string): ArticleDetails {
  let found = details.get(key);
  if (!found) details.set(key, (found = handedOverDetails(key) ?? readArticleDetails(articleCacheDir(cacheDir), key)));
  return found;
}

async function readEntries(): Promise<ArticleEntry[]> {
  return (await getCollection('articles')).map((entry) => ({
    id: entry.id,
    data: { ...entry.data, ...detailsOf(entry.data.detailsKey) },
    stamp: articleStamp(entry),
  }));
}

let entries: Promise<ArticleEntry[]> | undefined;

/** Every article entry, in the collection's order. */
export function getArticleEntries(): Promise<ArticleEntry[]> {
  if (import.meta.env.DEV || !entries) entries = readEntries();
  return entries;
}

/** The articles' data by identity, each standing in for itself by its entry stamp in the stamps of the pages that show it (see view-stamp.ts). */
export function knownStamps(entries: readonly ArticleEntry[]): KnownStamps {
  return new WeakMap(entries.map((entry) => [entry.data, entry.stamp]));
}

/** Every article, in the collection's order. */
export async function getArticles(): Promise<Article[]> {
  return (await getArticleEntries()).map((entry) => entry.data);
}

/** How many articles the dossier has (every page's header shows it). */
export async function getArticleCount(): Promise<number> {
  return (await getArticleEntries()).length;
}
