/**
 * Cache keys for the pages Astro renders from `getStaticPaths` (entity pages,
 * article lists, the timeline): with `experimental.incrementalBuild`, Astro
 * keeps last build's page when its key and its route's code are unchanged,
 * so a warm build renders the few pages an edit touched, not a thousand.
 *
 * A key must change whenever the page would: it covers what the page shows
 * (the caller's parts) and what every page shows (the layout's dossier
 * title, language and article count). It also covers all of `src/`: Astro
 * tracks a route's own modules, but a stylesheet change elsewhere can
 * rename the shared CSS file that an unchanged page links to.
 */
import { fileURLToPath } from 'node:url';
import { srcDir } from 'astro:config/server';
import { getArticleCount } from '../routes/article-entries.ts';
import { treeFingerprint } from './code-fingerprint.ts';
import { getDossier } from '../routes/dossier-entry.ts';
import { stampOf } from './page-stamps.ts';

async function layoutKey(): Promise<string> {
  const src = fileURLToPath(srcDir);
  const [code, dossier, articles] = await Promise.all([treeFingerprint(src, ['.']), getDossier(), getArticleCount()]);
  return stampOf(code, JSON.stringify(dossier), String(articles));
}

let layout: Promise<string> | undefined;

/**
 * The maker of a route's cache keys: the key of a page showing `parts`
 * (strings in a fixed order per route). A build's code and content do not
 * change while it renders, so the layout's part is made once per build;
 * in `astro dev`, which ignores keys, once per call.
 */
export async function pageCacheKeys(): Promise<(...parts: readonly string[]) => string> {
  if (import.meta.env.DEV || !layout) layout = layoutKey();
  const shared = await layout;
  return (...parts) => stampOf(shared, ...parts);
}
