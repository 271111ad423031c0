/**
 * The crawl both crawl specs run: every page of a built dossier, found by
 * following links from its home page, checked as a reader's browser and a
 * validator see it: status, links and anchors, console, requests to other
 * origins, HTML validity, axe (WCAG 2.2 AA), head metadata, and the bytes a
 * first visit costs. It reports what it found; the specs decide.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { BYTE_BUDGET, htmlValidateConfig, pageType, SHAREABLE } from './crawl-rules.ts';

const validator = new HtmlValidate(htmlValidateConfig);

/** One crawled page: its type and the bytes of a first visit. */
export interface PageReport {
  path: string;
  type: string;
  htmlGzip: number;
  assetsGzip: number;
  ids: Set<string>;
}

/** What a crawl found: every page, every broken rule (`<path>: <what>`), and every request to another origin. */
export interface CrawlReport {
  pages: Map<string, PageReport>;
  /** Pages linked but left unvisited (see {@link CrawlOptions.visit}), for the spec to check otherwise. */
  skipped: string[];
  failures: string[];
  external: string[];
}

/** How much of a site to visit. */
export interface CrawlOptions {
  /** Whether to visit a linked page (by its path); all are visited unless this says otherwise. */
  visit?: (path: string) => boolean;
}

/**
 * Crawls the site whose home page is `home` (an absolute URL). Requests to
 * other origins are blocked and listed; the site's own requests fall back to
 * whatever serves it (a web server, or a route of the page).
 */
export async function crawlSite(page: Page, home: string, { visit = () => true }: CrawlOptions = {}): Promise<CrawlReport> {
  const origin = new URL(home).origin;
  const failures: string[] = [];
  const external: string[] = [];
  const assetBytes = new Map<string, number>();
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (new URL(url).origin !== origin && !url.startsWith('data:')) {
      external.push(url);
      return route.abort();
    }
    return route.fallback();
  });

  const start = new URL(home).pathname;
  const queue = [start];
  const seen = new Set(queue);
  const reports = new Map<string, PageReport>();
  const anchors: { from: string; path: string; id: string }[] = [];
  const skipped: string[] = [];

  while (queue.length > 0) {
    const path = queue.shift()!;
    const problems = (what: string) => failures.push(`${path}: ${what}`);
    const consoleErrors: string[] = [];
    const onConsole = (m: { type(): string; text(): string }) => m.type() === 'error' && consoleErrors.push(m.text());
    const onPageError = (e: Error) => consoleErrors.push(e.message);
    const pageAssets: string[] = [];
    const onResponse = async (r: Response) => {
      if (r.status() >= 400) problems(`${r.url()} answered ${r.status()}`);
      const type = r.request().resourceType();
      if ((type === 'stylesheet' || type === 'script') && r.ok()) {
        pageAssets.push(r.url());
        if (!assetBytes.has(r.url())) assetBytes.set(r.url(), gzipSync(await r.body()).length);
      }
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('response', onResponse);

    const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
    if (response?.status() !== 200) problems(`status ${response?.status()}`);
    const html = (await response?.text()) ?? '';

    const report = validator.validateStringSync(html, `${path}index.html`);
    for (const m of report.results.flatMap((r) => r.messages)) problems(`HTML ${m.ruleId} at ${m.line}:${m.column}: ${m.message}`);

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    for (const v of axe.violations) problems(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

    const type = pageType(path.slice(start.length - 1));
    await checkHead(page, type, problems);

    // getAttribute, not .href: links inside SVG (the entity network) have no string href property.
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!, document.baseURI).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue; // an external link (the article's source): never fetched by the site
      const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
      if (id) anchors.push({ from: path, path: url.pathname, id });
      if (!seen.has(url.pathname) && !/\.(json|xml)$/.test(url.pathname)) {
        seen.add(url.pathname);
        if (visit(url.pathname)) queue.push(url.pathname);
        else skipped.push(url.pathname);
      }
    }
    const ids = new Set(await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    const htmlGzip = gzipSync(html).length;
    const assetsGzip = [...new Set(pageAssets)].reduce((sum, url) => sum + (assetBytes.get(url) ?? 0), 0);
    reports.set(path, { path, type, htmlGzip, assetsGzip, ids });
    if (consoleErrors.length) problems(`console: ${consoleErrors.join(' | ')}`);

    page.off('console', onConsole);
    page.off('pageerror', onPageError);
    page.off('response', onResponse);
  }

  for (const a of anchors) {
    const target = reports.get(a.path);
    if (target && !target.ids.has(a.id)) failures.push(`${a.from}: link to ${a.path}#${a.id}, which has no such id`);
  }
  for (const r of reports.values()) {
    const budget = BYTE_BUDGET[r.type] ?? BYTE_BUDGET.default!;
    if (r.htmlGzip + r.assetsGzip > budget) failures.push(`${r.path}: ${r.htmlGzip + r.assetsGzip} bytes gzip on a first visit, budget ${budget}`);
  }
  return { pages: reports, skipped, failures, external };
}

async function checkHead(page: Page, type: string, problems: (what: string) => void) {
  const head = await page.evaluate(() => ({
    title: document.title,
    lang: document.documentElement.lang,
    description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '',
    og: Object.fromEntries([...document.querySelectorAll('meta[property^="og:"]')].map((m) => [m.getAttribute('property'), m.getAttribute('content')])),
  }));
  if (!head.title.trim()) problems('no <title>');
  if (!head.lang) problems('no lang on <html>');
  if (!head.description.trim()) problems('no meta description');
  if (type !== '404' && !/^https?:\/\//.test(head.canonical)) problems('no absolute canonical URL');
  if (SHAREABLE.has(type)) {
    for (const p of ['og:title', 'og:description', 'og:url', 'og:type']) if (!head.og[p]) problems(`no ${p}`);
  }
}

/** One line per page type: pages, and the largest first visit in bytes (gzip). */
export function summarise(reports: readonly PageReport[]): string {
  const types = [...new Set(reports.map((r) => r.type))].sort();
  return types
    .map((t) => {
      const of = reports.filter((r) => r.type === t);
      const max = of.reduce((a, b) => (a.htmlGzip + a.assetsGzip >= b.htmlGzip + b.assetsGzip ? a : b));
      return `${t.padEnd(10)} ${String(of.length).padStart(4)} pages, largest first visit ${max.htmlGzip + max.assetsGzip} B gzip (HTML ${max.htmlGzip}, CSS+JS ${max.assetsGzip}) ${max.path}`;
    })
    .join('\n');
}
