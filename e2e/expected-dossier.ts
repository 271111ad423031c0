/**
 * What the site should show, computed independently of the built pages:
 * the dossier as the content pipeline loads it from the content/ of the
 * site the tests run against (the seed fixture, see e2e-paths.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDossier } from '../src/lib/content/load-dossier.ts';
import type { ArticleRecord } from '../src/lib/content/types.ts';
import { newestFirst } from '../src/lib/render/article-order.ts';
import { articlePath, claimPath, originalPath } from '../src/lib/render/site-paths.ts';
import { e2eSiteRoot } from './e2e-paths.ts';

export { projectRoot } from './e2e-paths.ts';

/** The root of the project whose dist/ the tests read and are served. */
export const siteRoot = e2eSiteRoot;

const dossier = await loadDossier(siteRoot);

/** The articles in the order the home page must list them. */
export const articles: ArticleRecord[] = newestFirst(dossier.articles);

export const config = dossier.config;

/**
 * Page paths relative to the site's base, so tests work whatever path
 * `baseUrl` gives the site (Playwright's `baseURL` includes it).
 */
export const pages = {
  article: (slug: string) => articlePath('./', slug),
  original: (slug: string) => originalPath('./', slug),
  claim: (id: string) => claimPath('./', id),
};

/** The built HTML of a page, read from `dist/` (which has no base path in it). */
export function builtHtml(relativePath: string): string {
  return readFileSync(join(siteRoot, 'dist', relativePath, 'index.html'), 'utf8');
}

export { BOILERPLATE } from '../src/test-support/seed-boilerplate.ts';
