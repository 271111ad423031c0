/**
 * `npm run bench:cross-link`: how the cross-article steps of a build grow
 * with the dossier (issue #7: cross-linking no worse than n log n in the
 * number of claims). For synthetic dossiers of 500, 1,000, 2,000 and 5,000
 * articles it runs what the articles loader runs, without Astro: the
 * content read (duplicate detection included), cleaning, claims and their
 * ids, entity mentions, then cross-linking, timed alone (median of three
 * runs; the first is shown too, as a build runs it once, with cold caches).
 * Duplicate detection is timed alone too. Each size runs in its own
 * process, so that no size inherits the heap or the caches of another.
 * Prints a table; nothing is asserted.
 *
 *   npm run bench:cross-link                 # 500, 1000, 2000, 5000 articles
 *   npm run bench:cross-link -- 500 5000     # chosen sizes
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { emptyLedger } from '../src/lib/claims/claim-ledger.ts';
import { articleKey, draftClaims } from '../src/lib/claims/draft-claims.ts';
import { publishClaims } from '../src/lib/claims/publish-claims.ts';
import { assignSlugs } from '../src/lib/content/assign-slugs.ts';
import { findDuplicates } from '../src/lib/content/find-duplicates.ts';
import { prepareArticle } from '../src/lib/content/prepare-article.ts';
import { outletLinesFor, readDossier } from '../src/lib/content/read-dossier.ts';
import { crossLink, type CrossLinkArticle, type EntityInput } from '../src/lib/links/cross-link.ts';
import { linkingInput } from '../src/lib/pipeline/claim-links.ts';
import { entityLinking } from '../src/lib/pipeline/entity-linking.ts';
import { syntheticDossier, writeSyntheticContent } from './synthetic-dossier.ts';

const ONE = process.argv.find((a) => a.startsWith('--size='));
const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [500, 1000, 2000, 5000];
const RUNS = 3;

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Median and first of {@link RUNS} runs, in ms. */
function timed(run: () => unknown): { median: number; first: number } {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return { median: median(times), first: times[0]! };
}

/** What cross-linking takes, made the way `syncArticles` makes it on a cold build. */
async function linkingInputs(root: string): Promise<{ articles: CrossLinkArticle[]; evidence: EntityInput }> {
  const { entities, inputs, problems } = await readDossier(root);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`The synthetic dossier has problems: ${errors.map((p) => p.message).join('; ')}`);
  const outletLinesOf = outletLinesFor(inputs);
  const prepared = inputs.map((input) => prepareArticle(input, { rules: [], outletLines: outletLinesOf(input) }));
  const { slugs } = assignSlugs(
    prepared.map(({ record }, i) => ({ file: record.file, metaFile: record.metaFile, slug: record.slug, pinned: inputs[i]!.meta.slug !== undefined })),
  );
  const published = publishClaims(
    prepared.map(({ record }) => ({ article: articleKey(record.file), drafts: draftClaims(record.cleaned.blocks, record.language) })),
    emptyLedger(),
    '2026-01-01',
  );
  const linking = entityLinking(entities, '/');
  const claimsOf = (file: string) => published.claims.get(articleKey(file)) ?? [];
  const named = prepared.map(({ record }) => linking.annotate(record.cleaned.blocks, claimsOf(record.file)));
  return {
    articles: prepared.map(({ record }, i) => linkingInput(slugs[i]!, record, claimsOf(record.file))),
    evidence: linking.evidence(named),
  };
}

interface Row {
  articles: number;
  claims: number;
  duplicatesMs: number;
  crossLinkMs: number;
  crossLinkFirstMs: number;
}

/** One size, measured in this process. */
async function measureSize(n: number): Promise<Row> {
  const dossier = syntheticDossier(n, 7);
  const root = await mkdtemp(join(tmpdir(), 'dossier-bench-cross-link-'));
  try {
    await writeSyntheticContent(root, dossier);
    const { articles, evidence } = await linkingInputs(root);
    const texts = dossier.articles.map((a) => ({ file: a.file, text: a.text }));
    const duplicates = timed(() => findDuplicates(texts));
    const linking = timed(() => crossLink(articles, evidence));
    const claims = articles.reduce((sum, a) => sum + a.claims.length, 0);
    return { articles: n, claims, duplicatesMs: duplicates.median, crossLinkMs: linking.median, crossLinkFirstMs: linking.first };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

if (ONE) {
  console.log(JSON.stringify(await measureSize(Number(ONE.slice('--size='.length)))));
  process.exit(0);
}

const rows: Row[] = [];
for (const n of sizes) {
  process.stderr.write(`${n} articles…\n`);
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), `--size=${n}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  rows.push(JSON.parse(out.trim().split('\n').at(-1)!) as Row);
}

/** How much faster than n log n (in claims) the time grew from `a` to `b`: 1 is n log n, above 1 worse. */
const ratio = (a: Row, b: Row) => b.crossLinkMs / a.crossLinkMs / ((b.claims * Math.log(b.claims)) / (a.claims * Math.log(a.claims)));

const header = '| articles | claims | findDuplicates ms | cross-link ms | first run ms | ms per claim | step vs n log n |';
const lines = [header, header.replace(/[^|]/g, '-')];
rows.forEach((r, i) => {
  const previous = rows[i - 1];
  lines.push(
    `| ${r.articles} | ${r.claims} | ${r.duplicatesMs.toFixed(0)} | ${r.crossLinkMs.toFixed(0)} | ${r.crossLinkFirstMs.toFixed(0)} | ${(r.crossLinkMs / r.claims).toFixed(4)} | ` +
      `${previous ? `${ratio(previous, r).toFixed(2)} (${previous.articles} → ${r.articles})` : ''} |`,
  );
});
const [first, last] = [rows[0], rows.at(-1)];
if (first && last && rows.length > 2) {
  lines.push('', `${first.articles} → ${last.articles} articles: cross-link time ×${(last.crossLinkMs / first.crossLinkMs).toFixed(1)}, ` +
    `claims ×${(last.claims / first.claims).toFixed(1)}, step vs n log n ${ratio(first, last).toFixed(2)}`);
}
console.log(lines.join('\n'));
