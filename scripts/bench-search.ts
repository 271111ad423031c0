/**
 * `npm run bench:search`: the search at 5, 500 and 5,000 synthetic articles.
 * For each size: the index's bytes (raw and gzip), the bytes a reader
 * fetches from first focusing the search box to the first result, and the
 * latency of a fixed query set in headless Chromium, typed into the real
 * search page of a real build (its scripts and worker as shipped, the index
 * swapped for the synthetic dossier's). In the same run, a plain full-scan
 * fuse.js index over the same claims answers the same queries: its latency,
 * and how many queries each finds (an answer among the first ten claims).
 * A measurement, not a test: it prints tables and fails only if it cannot run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { CORE_PATH } from '../src/lib/search/index-format.ts';
import { QUERIES, isAnswer, type BenchQuery } from './bench-search-queries.ts';
import { benchIndex } from './bench-search-index.ts';
import { startBenchServer } from './bench-search-server.ts';
import { ms, printTables, type SizeReport } from './bench-search-report.ts';

const SIZES = (process.env.BENCH_SIZES ?? '5,500,5000').split(',').map(Number);
const REPO = new URL('..', import.meta.url).pathname;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/** Sessions per dossier size: each query's latency is its median over them. */
const ROUNDS = 3;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** A query typed into the search page, timed until its results are in the DOM. */
async function ours(page: Page, q: string): Promise<{ ms: number; ids: string[]; claims: number }> {
  return page.evaluate(async (query) => {
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const results = document.getElementById('search-results')!;
    const done = () => results.dataset.query === query && results.getAttribute('aria-busy') === 'false';
    const start = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    if (!done()) {
      await new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
        observer.observe(results, { attributes: true });
      });
    }
    const ms = performance.now() - start;
    const links = [...results.querySelectorAll<HTMLAnchorElement>('.search-claims a.search-hit')];
    return { ms, ids: links.slice(0, 10).map((a) => decodeURIComponent(a.hash.slice(1))), claims: links.length };
  }, q);
}

/** The same query against the full-scan fuse.js reference page. */
async function reference(page: Page, q: string): Promise<{ ms: number; ids: string[] }> {
  return page.evaluate((query) => {
    const fuse = (window as unknown as { fuse: { search(q: string, o: { limit: number }): { item: { id: string } }[] } }).fuse;
    const start = performance.now();
    const found = fuse.search(query, { limit: 10 });
    return { ms: performance.now() - start, ids: found.map((r) => r.item.id) };
  }, q);
}

const REFERENCE_PAGE = `<!doctype html><meta charset="utf-8"><title>fuse.js reference</title><script type="module">
import Fuse from '/__bench/fuse.mjs';
const claims = await (await fetch('/__bench/claims.json')).json();
window.fuse = new Fuse(claims, { keys: ['text'], includeScore: true, ignoreLocation: true });
document.title = 'ready';
</script>`;

function buildSite(outDir: string): void {
  const build = spawnSync(join(REPO, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: REPO,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
}

type Extra = Map<string, [type: string, content: string]>;

async function measure(size: number, page: Page, refPage: Page, server: Awaited<ReturnType<typeof startBenchServer>>, extra: Extra): Promise<SizeReport> {
  const index = await benchIndex(size);
  server.setIndex(index.files);
  extra.set('/__bench/claims.json', ['application/json', JSON.stringify(index.claims)]);
  const gz = [...index.files.values()].map((f) => gzipSync(f).length);
  const raw = [...index.files.values()].reduce((n, f) => n + Buffer.byteLength(f), 0);

  // Cold: a fresh page, nothing of search loaded; the reader focuses the box and types, then
  // the whole query set runs as in one session. Each query's latency is the median of
  // ROUNDS such sessions, so one slow fetch on a busy machine does not decide it.
  let first = { ms: 0, bytes: 0 };
  let cold: ({ query: BenchQuery } & Awaited<ReturnType<typeof ours>>)[] = [];
  const coldMs: number[][] = QUERIES.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto(`${server.origin}/search/`);
    server.resetCount();
    await page.focus('#search-q');
    const firstQuery = await ours(page, QUERIES[0]!.q);
    if (round === 0) first = { ms: firstQuery.ms, bytes: server.sent().bytes };
    const session = [];
    for (const query of QUERIES) session.push({ query, ...(await ours(page, query.q)) });
    session.forEach((r, i) => coldMs[i]!.push(r.ms));
    cold = session;
  }
  const warm = [];
  for (const query of QUERIES) warm.push((await ours(page, query.q)).ms);

  await refPage.goto(`${server.origin}/__bench/reference.html`);
  await refPage.waitForFunction(() => document.title === 'ready', undefined, { timeout: 600_000 });
  const ref = [];
  for (const query of QUERIES) ref.push({ query, ...(await reference(refPage, query.q)) });

  if (process.env.BENCH_VERBOSE) {
    for (const [i, r] of cold.entries()) console.log(`  ${r.query.q.padEnd(28)} ${ms(median(coldMs[i]!)).padStart(7)} ${ms(warm[i]!).padStart(7)}  ref ${ms(ref[i]!.ms).padStart(7)}  ${r.claims} shown`);
  }
  const answers = (query: BenchQuery) => new Set(index.claims.filter((c) => isAnswer(query, c.text)).map((c) => c.id));
  const truth = new Map(QUERIES.map((q) => [q, answers(q)]));
  const found = (rows: { query: BenchQuery; ids: string[] }[]) =>
    rows.filter(({ query, ids }) => query.kind !== 'boilerplate' && ids.some((id) => truth.get(query)!.has(id))).map((r) => r.query);
  return {
    size,
    claims: index.claims.length,
    vocabulary: index.vocabulary,
    files: index.files.size,
    rawBytes: raw,
    gzipBytes: gz.reduce((a, b) => a + b, 0),
    coreGzip: gzipSync(index.files.get(CORE_PATH)!).length,
    firstBytes: first.bytes,
    firstMs: first.ms,
    ours: coldMs.map(median),
    oursWarm: warm,
    reference: ref.map((r) => r.ms),
    answerable: QUERIES.filter((q) => q.kind !== 'boilerplate' && truth.get(q)!.size > 0),
    foundOurs: found(cold),
    foundReference: found(ref),
    boilerplateEmpty: {
      ours: cold.filter((r) => r.query.kind === 'boilerplate' && r.claims === 0).length,
      reference: ref.filter((r) => r.query.kind === 'boilerplate' && r.ids.length === 0).length,
      of: QUERIES.filter((q) => q.kind === 'boilerplate').length,
    },
  };
}

async function main(): Promise<void> {
  const work = await mkdtemp(join(tmpdir(), 'dossier-bench-site-'));
  try {
    console.log('Building the site (its search page and scripts are what the benchmark loads) …');
    buildSite(join(work, 'site'));
    const fuse = await readFile(join(REPO, 'node_modules/fuse.js/dist/fuse.basic.mjs'), 'utf8');
    const extra: Extra = new Map([
      ['/__bench/reference.html', ['text/html; charset=utf-8', REFERENCE_PAGE]],
      ['/__bench/fuse.mjs', ['text/javascript; charset=utf-8', fuse]],
    ]);
    const server = await startBenchServer(join(work, 'site'), extra);
    const browser = await chromium.launch({ ...(existsSync(SYSTEM_CHROMIUM) && { executablePath: SYSTEM_CHROMIUM }), args: ['--no-sandbox', '--disable-gpu'] });
    const reports: SizeReport[] = [];
    try {
      for (const size of SIZES) {
        console.log(`${size} articles …`);
        // The service worker would precache the whole site and blur what search itself fetches.
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        const refPage = await context.newPage();
        reports.push(await measure(size, page, refPage, server, extra));
        await context.close();
      }
    } finally {
      await browser.close();
      await server.close();
    }
    printTables(reports);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
