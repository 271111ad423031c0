/**
 * The mixed real dossier (test-fixtures/mixed-dossier: the five seeds and
 * fifteen real German pages on other subjects, text and saved HTML) built
 * in a temp copy and crawled by the same rules as the seed site
 * (crawl-site.ts): 0 axe violations, 0 broken links, 0 HTML errors.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pageType } from './crawl-rules.ts';
import { crawlSite, summarise } from './crawl-site.ts';
import { projectRoot } from './e2e-paths.ts';
import { tempSite, type TempSite } from './temp-site.ts';

const MIXED_CONTENT = join(projectRoot, 'test-fixtures', 'mixed-dossier', 'content');
/**
 * One page in this many of a type is visited. The dossier has about 1,000
 * claim pages and 70 entity pages, each type one template filled with one
 * sentence or one name; at one to three seconds per page (axe takes most of
 * it) visiting all would take half an hour on two shared cores. Every page
 * of every other type is visited, and these samples spread over all the
 * articles; the pages left out are checked to exist.
 */
const SAMPLE: Record<string, number> = { claim: 50, entity: 4 };

// The temp site is served by a route of the page, which a service worker's own fetches bypass: its
// registration would fail on every page, an artefact of the harness, not of the site (crawl.spec.ts has it).
test.use({ serviceWorkers: 'block' });

let site: TempSite;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  site = await tempSite(MIXED_CONTENT);
  await site.build(Date.UTC(2025, 5, 1) / 1000);
});
test.afterAll(async () => {
  await site?.dispose();
});

test('every page of the mixed real dossier is reachable, valid, accessible, private and within budget', async ({ page }) => {
  test.setTimeout(10 * 60_000);
  const home = await site.serve(page);
  const base = new URL(home).pathname;
  const met = new Map<string, number>();
  const visit = (path: string) => {
    const type = pageType(path.slice(base.length - 1));
    met.set(type, (met.get(type) ?? 0) + 1);
    return (met.get(type)! - 1) % (SAMPLE[type] ?? 1) === 0;
  };
  const { pages, skipped, failures, external } = await crawlSite(page, home, { visit });
  console.log(`${summarise([...pages.values()])}\n${skipped.length} claim and entity pages checked to exist only`);
  expect(external, 'requests to other origins').toEqual([]);
  expect(failures).toEqual([]);
  const missing = skipped.filter((path) => !statSync(join(site.dist, path.slice(base.length), 'index.html'), { throwIfNoEntry: false })?.isFile());
  expect(missing, 'links to pages the build did not write').toEqual([]);
  const types = [...pages.values()].map((r) => r.type);
  // All twenty articles and their originals were reached from the home page, and samples of the claims and entities.
  expect(types.filter((t) => t === 'article')).toHaveLength(20);
  expect(types.filter((t) => t === 'original')).toHaveLength(20);
  expect(types.filter((t) => t === 'claim').length).toBeGreaterThan(15);
  expect(types.filter((t) => t === 'entity').length).toBeGreaterThan(15);
});
