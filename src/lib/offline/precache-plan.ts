/**
 * Which files of the built site the service worker stores on install, and
 * the version that names its cache. A small dossier is stored whole, so it
 * works offline after the first visit; a large one stores its core (every
 * page outside the per-article folders, all scripts and styles, the search
 * index core) and then the rest by priority within a byte budget; what is
 * left is cached when first fetched.
 */
import { digestOf } from '../search/digest.ts';

/** A file of the built site. */
export interface BuiltFile {
  /** Relative to the output directory, POSIX separators: `articles/x/index.html`. */
  path: string;
  bytes: number;
  /** Content digest: any change of any file changes the version. */
  digest: string;
}

/** What the service worker is built with. */
export interface PrecachePlan {
  version: string;
  /** URLs relative to the service worker's scope: `./`, `articles/x/`, `_astro/a.js`. */
  precache: string[];
  /** Bytes of the precached files. */
  bytes: number;
}

/** The service worker itself: never cached by itself. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** What a large dossier stores on install, at most (the rest is cached as it is visited). */
export const DEFAULT_BUDGET = 20 * 1024 * 1024;

/** Order of precaching: lower first. Per-article folders and search chunks after the site's frame. */
function priority(path: string): number {
  if (path.startsWith('_astro/') || path === 'search/index.json' || !path.includes('/') || /^[^/]+\/index\.html$/.test(path)) return 0;
  if (/^articles\/[^/]+\/index\.html$/.test(path)) return 1;
  if (path.startsWith('search/')) return 2;
  if (path.startsWith('entities/')) return 3;
  if (path.startsWith('articles/')) return 4;
  return 5;
}

/** The URL a file is requested by: directory pages by their folder. */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Plans the precache of `files` within `budget` bytes; the site's frame is always included. */
export function precachePlan(files: readonly BuiltFile[], budget = DEFAULT_BUDGET): PrecachePlan {
  const site = files.filter((f) => f.path !== SERVICE_WORKER_FILE).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const version = digestOf(site.map((f) => `${f.path}\u0000${f.digest}`).join('\n'));
  const ordered = [...site].sort((a, b) => priority(a.path) - priority(b.path));
  const precache: string[] = [];
  let bytes = 0;
  for (const file of ordered) {
    if (priority(file.path) > 0 && bytes + file.bytes > budget) continue;
    precache.push(urlOf(file.path));
    bytes += file.bytes;
  }
  return { version, precache, bytes };
}
