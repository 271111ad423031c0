/**
 * `npm run eval:boilerplate -- <pages dir>`: scores the text path of the
 * cleaner in-process on a folder of labelled pages (NAME.txt, NAME.json,
 * NAME.html), with the metrics and string matching of the development set's
 * scorer: keep-recall, drop-precision, trafilatura-style P/R/F1, reader
 * comments leaked; plus the share of pages whose title matches the headline
 * the HTML states, and milliseconds per article. Pages are split into two
 * halves by host, to tune on one half and check generalisation on the other.
 * A measurement, not a test: it prints numbers and fails only if it cannot run.
 *
 * Options: --half A|B (score one half only), --failures N (worst pages),
 * --titles N (title misses), --only SUBSTR (pages whose name contains it).
 */
import { parseArgs } from 'node:util';
import { cleanArticle } from '../src/lib/clean/clean-article.ts';
import { formatCleaned } from '../src/lib/clean/format-cleaned.ts';
import { loadPages, norm, titleMatches, type Page } from './eval-pages.ts';

interface PageResult {
  name: string;
  half: 'A' | 'B';
  nKeep: number;
  nDrop: number;
  keepMissing: string[];
  dropLeaked: string[];
  commentsLeaked: number;
  title: string;
  headlines: string[];
  ms: number;
}

function scorePage(page: Page): PageResult {
  const { labels, text } = page;
  const started = performance.now();
  const article = cleanArticle(text, { language: 'de' });
  const ms = performance.now() - started;
  const out = norm(formatCleaned(article));
  const has = (s: string) => out.includes(norm(s));
  return {
    name: page.name,
    half: page.half,
    nKeep: labels.keep.length,
    nDrop: labels.drop.length,
    // Which rule removed a missing string, to see what to fix.
    keepMissing: labels.keep
      .filter((s) => !has(s))
      .map((s) => `${s} (${article.removed.find((r) => norm(r.text).includes(norm(s)))?.rule ?? (norm(article.title).includes(norm(s)) ? 'title' : 'inline')})`),
    dropLeaked: labels.drop.filter(has),
    commentsLeaked: (labels.drop_comments ?? []).filter(has).length,
    title: article.title,
    headlines: page.headlines,
    ms,
  };
}

const titleMatch = (r: PageResult) => titleMatches(r.title, r.headlines);

function summary(label: string, rs: PageResult[]): string {
  const keep = rs.reduce((n, r) => n + r.nKeep, 0);
  const hit = keep - rs.reduce((n, r) => n + r.keepMissing.length, 0);
  const drop = rs.reduce((n, r) => n + r.nDrop, 0);
  const leak = rs.reduce((n, r) => n + r.dropLeaked.length, 0);
  const comments = rs.reduce((n, r) => n + r.commentsLeaked, 0);
  const [tp, fp, fn] = [hit, leak, keep - hit];
  const withTitle = rs.filter((r) => r.headlines.length > 0);
  const f = (x: number) => x.toFixed(3);
  return (
    `${label.padEnd(4)} pages ${String(rs.length).padStart(3)}  keep-recall ${f(hit / keep)}  drop-precision ${f(1 - leak / drop)}  ` +
    `P ${f(tp / (tp + fp))} R ${f(tp / (tp + fn))} F1 ${f((2 * tp) / (2 * tp + fp + fn))}  comments leaked ${comments}  ` +
    `title ${f(withTitle.filter(titleMatch).length / withTitle.length)} (${withTitle.filter(titleMatch).length}/${withTitle.length})`
  );
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { half: { type: 'string' }, failures: { type: 'string', default: '0' }, titles: { type: 'string', default: '0' }, only: { type: 'string' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run eval:boilerplate -- <pages dir> [--half A|B] [--failures N] [--titles N] [--only SUBSTR]');
  process.exit(2);
}
const pages = loadPages(dir, values.only);
cleanArticle(pages[0]!.text); // warm up the JIT before timing
const results = pages.filter((p) => !values.half || p.half === values.half).map(scorePage);

const worst = [...results].sort((a, b) => b.keepMissing.length + b.dropLeaked.length - (a.keepMissing.length + a.dropLeaked.length));
for (const r of worst.slice(0, Number(values.failures))) {
  console.log(`${r.name} [${r.half}]: ${[...r.keepMissing.map((s) => `missing «${s}»`), ...r.dropLeaked.map((s) => `leaked «${s}»`)].join('; ')}`);
}
for (const r of results.filter((x) => x.headlines.length > 0 && !titleMatch(x)).slice(0, Number(values.titles))) {
  console.log(`title ${r.name} [${r.half}]: «${r.title}» ≠ ${r.headlines.map((h) => `«${h}»`).join(' / ')}`);
}
console.log(summary('all', results));
for (const half of ['A', 'B'] as const) if (!values.half) console.log(summary(half, results.filter((r) => r.half === half)));
const times = results.map((r) => r.ms).sort((a, b) => a - b);
console.log(`ms per article: mean ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(2)}, median ${times[times.length >> 1]!.toFixed(2)}, max ${times.at(-1)!.toFixed(2)}`);
