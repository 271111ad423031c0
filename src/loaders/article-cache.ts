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
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = 'dossier-article-cache';

/** The two kinds of file the cache holds, by extension. */
export type CachedKind = 'html' | 'json';

/** The folder of the cache in Astro's cache directory (`config.cacheDir`). */
export function articleCacheDir(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), DIR);
}

/** The file name of `key`: what `prune` keeps. */
export function cachedName(key: string, kind: CachedKind): string {
  return `${key}.${kind}`;
}

/** The key `text` is stored under. */
export function cacheKey(text: string): string {
  return hash('sha1', text, 'base64url');
}

/** Writes a file at once, making its folder: how the cache writes unless told otherwise. */
export function writeNow(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The cache as one sync of the loader uses it. */
export interface ArticleCache {
  /** Whether `key` is there: an entry whose cached files are gone must be made again. */
  has: (key: unknown, kind: CachedKind) => boolean;
  /** Stores `text` unless already there, through the cache's `write`; returns its key. */
  put: (text: string, kind: CachedKind) => string;
  /** Deletes every cached file not named in `keep` (names from `cachedName`). */
  prune: (keep: ReadonlySet<string>) => void;
}

/**
 * Opens the cache in `dir`, listing it once: a stat per lookup costs seconds
 * at thousands of articles while another thread is creating files in the
 * same folder. `write` may hand the writing to such a thread (fs-thread.ts).
 */
export function openArticleCache(dir: string, write: (file: string, text: string) => void = writeNow): ArticleCache {
  const present = new Set<string>(listNames(dir));
  return {
    has: (key, kind) => typeof key === 'string' && present.has(cachedName(key, kind)),
    put: (text, kind) => {
      const key = cacheKey(text);
      const name = cachedName(key, kind);
      if (!present.has(name)) {
        write(join(dir, name), text);
        present.add(name);
      }
      return key;
    },
    prune: (keep) => {
      for (const name of present) {
        if (keep.has(name)) continue;
        unlinkSync(join(dir, name));
        present.delete(name);
      }
    },
  };
}

function listNames(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return []; // no cache yet
  }
}

/** The text of `key`; fails naming the fix when the cache lost it. */
export function readCached(dir: string, key: string, kind: CachedKind): string {
  try {
    return readFileSync(join(dir, cachedName(key, kind)), 'utf8');
  } catch {
    throw new Error(`${cachedName(key, kind)} is missing from ${dir}; delete Astro's cache (node_modules/.astro and .astro) and build again.`);
  }
}
