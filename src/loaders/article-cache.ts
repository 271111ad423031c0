/**
 * What the articles loader keeps beside Astro's data store: one file per
 * distinct content, named by its digest. Each article's rendered HTML is a
 * `<key>.html` and its details (raw text, blocks, removals, claims, related
 * articles, see article-details.ts) a `<key>.json`; an entry stores only the
 * two keys.
 *
 * Astro's store is one file that every build serialises (more than once
 * when a sync pauses), bundles into the prerender code and compiles as a
 * module. With the HTML and the details in it, a 5,000-article store was
 * 99 MB and moving it cost tens of seconds of every build; what stays in it
 * is what lists of articles show.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = 'dossier-article-cache';

/** The two kinds of file the cache holds, by extension. */
export type CachedKind = 'html' | 'json';

/** The folder of the cache in Astro's cache directory (`config.cacheDir`). */
export function articleCacheDir(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), DIR);
}

/** The file name of `key`: what `pruneArticleCache` keeps. */
export function cachedName(key: string, kind: CachedKind): string {
  return `${key}.${kind}`;
}

/** The key `text` is stored under. */
export function cacheKey(text: string): string {
  return hash('sha1', text, 'base64url');
}

/** Writes a file at once, making its folder: how `putCached` writes unless told otherwise. */
export function writeNow(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Stores `text` unless already there, through `write` (e.g. a background thread's); returns its key. */
export function putCached(dir: string, text: string, kind: CachedKind, write = writeNow): string {
  const key = cacheKey(text);
  const file = join(dir, cachedName(key, kind));
  if (!existsSync(file)) write(file, text);
  return key;
}

/** Whether `key` is (still) there: an entry whose cached files are gone must be made again. */
export function hasCached(dir: string, key: unknown, kind: CachedKind): boolean {
  return typeof key === 'string' && existsSync(join(dir, cachedName(key, kind)));
}

/** The text of `key`; fails naming the fix when the cache lost it. */
export function readCached(dir: string, key: string, kind: CachedKind): string {
  try {
    return readFileSync(join(dir, cachedName(key, kind)), 'utf8');
  } catch {
    throw new Error(`${cachedName(key, kind)} is missing from ${dir}; delete Astro's cache (node_modules/.astro and .astro) and build again.`);
  }
}

/** Deletes every cached file not named in `keep` (names from `cachedName`). */
export function pruneArticleCache(dir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(name)) unlinkSync(join(dir, name));
}
