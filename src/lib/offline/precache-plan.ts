/**
 * Which files of the built site the service worker stores on install, and
 * the version that names its cache. A dossier within the budget is stored
 * whole, so it works offline after the first visit. A larger one stores only
 * its frame (the pages outside the per-article and per-entity folders, all
 * scripts and styles, the search index core): a first visit must not
 * download a whole archive over a phone's connection. The rest is cached as
 * it is visited or searched.
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

/** Files for the host, not for readers: `_redirects` (see src/pages/[redirects].ts) is no page, and hosts do not serve it. */
const HOST_FILES = new Set(['_redirects']);

/** The largest dossier stored whole on install. */
export const DEFAULT_BUDGET = 20 * 1024 * 1024;

/**
 * The site's frame: scripts and styles, the top-level pages (home, search,
 * register, timeline, 404) and the search index core. Not the data exports,
 * which grow with the dossier.
 */
function isFrame(path: string): boolean {
  return path.startsWith('_astro/') || path === 'search/index.json' || /^(?:[^/]+\.html|[^/]+\/index\.html)$/.test(path);
}

/** The URL a file is requested by: directory pages by their folder. */
export function urlOf(path: string): string {
  if (path === 'index.html') return './';
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Plans the precache of `files`: all of them within `budget` bytes, else the frame. */
export function precachePlan(files: readonly BuiltFile[], budget = DEFAULT_BUDGET): PrecachePlan {
  const site = files.filter((f) => f.path !== SERVICE_WORKER_FILE && !HOST_FILES.has(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const version = digestOf(site.map((f) => `${f.path}\u0000${f.digest}`).join('\n'));
  const whole = site.reduce((n, f) => n + f.bytes, 0) <= budget;
  const stored = whole ? site : site.filter((f) => isFrame(f.path));
  return { version, precache: stored.map((f) => urlOf(f.path)), bytes: stored.reduce((n, f) => n + f.bytes, 0) };
}
