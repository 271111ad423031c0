/**
 * Scores the HTML extraction in-process on the development pages, like
 * ../shared/eval/boilerplate-dev/score.mjs --input html but without a
 * process per page, and times it:
 *
 *   npx tsx scripts/eval-html.ts [pages-folder] [--failures N] [--only SUBSTR] [--half A|B]
 *
 * Prints precision, recall, F1 (trafilatura-style), keep-recall, reader
 * comments kept, the share of pages whose title matches the headline the
 * page states (as eval-boilerplate.ts scores the text path's): the title
 * `dossier clean` prints, and the one `dossier add` gives the article (the
 * page's stated headline when it has one, see page-sidecar.ts), and the median and 90th percentile milliseconds per page
 * (wall time, and the median CPU time, which a busy machine inflates less).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { sidecarTitle } from '../src/cli/page-sidecar.ts';
import { formatCleaned } from '../src/lib/clean/format-cleaned.ts';
import { cleanHtmlPage } from '../src/lib/html/clean-html.ts';
import { decodeHtmlBytes } from '../src/lib/html/decode-html.ts';
import { statedHeadlines } from './eval-headline-reference.ts';
import { halfOf, norm, titleMatches } from './eval-pages.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { failures: { type: 'string', default: '0' }, only: { type: 'string' }, half: { type: 'string' } },
});
const dir = positionals[0] ?? '/work/eval/pages';

let keepHit = 0, keepMiss = 0, dropLeak = 0, comments = 0, withHeadline = 0, titleRight = 0, addedTitleRight = 0;
const titleMisses: string[] = [];
const times: number[] = [];
const cpuTimes: number[] = [];
const failures: string[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
  const name = file.slice(0, -5);
  if (values.only && !name.includes(values.only)) continue;
  const labels = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url: string; keep: string[]; drop: string[]; drop_comments?: string[] };
  // Tune on one half of the hosts, check on the other (see halfOf).
  if (values.half && halfOf(labels.url) !== values.half) continue;
  const bytes = readFileSync(join(dir, `${name}.html`));
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { html } = decodeHtmlBytes(bytes, name);
  const { cleaned, metadata } = cleanHtmlPage(html);
  const used = process.cpuUsage(cpu);
  times.push(performance.now() - started);
  cpuTimes.push((used.user + used.system) / 1000);
  const headlines = statedHeadlines(html, labels.url);
  if (headlines.length > 0) {
    withHeadline += 1;
    if (titleMatches(cleaned.title, headlines)) titleRight += 1;
    // What `dossier add` titles the article: the headline the page states, written into the sidecar (page-sidecar.ts).
    if (titleMatches(sidecarTitle(metadata, cleaned.title) ?? cleaned.title, headlines)) addedTitleRight += 1;
    else titleMisses.push(`title ${name}: «${cleaned.title}» ≠ ${headlines.map((h) => `«${h}»`).join(' / ')}`);
  }
  const out = norm(formatCleaned(cleaned));
  const missing = labels.keep.filter((k) => !out.includes(norm(k)));
  const leaked = labels.drop.filter((d) => out.includes(norm(d)));
  keepHit += labels.keep.length - missing.length;
  keepMiss += missing.length;
  dropLeak += leaked.length;
  comments += (labels.drop_comments ?? []).filter((c) => out.includes(norm(c))).length;
  if (missing.length + leaked.length > 0) {
    failures.push(`${name}: ${[...missing.map((m) => `missing «${m.slice(0, 80)}»`), ...leaked.map((l) => `leaked «${l.slice(0, 80)}»`)].join('; ')}`);
  }
}
const limit = Number(values.failures);
if (limit > 0) console.log([...failures.slice(0, limit), ...titleMisses.slice(0, limit)].join('\n'));
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);
const at = (q: number, list = times) => list[Math.min(list.length - 1, Math.floor(list.length * q))]!.toFixed(1);
const precision = keepHit / (keepHit + dropLeak);
const recall = keepHit / (keepHit + keepMiss);
const f1 = (2 * keepHit) / (2 * keepHit + dropLeak + keepMiss);
console.log(
  `pages ${times.length}  P ${precision.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}  ` +
    `leaked ${dropLeak} missing ${keepMiss}  comments kept ${comments}  title ${(titleRight / withHeadline).toFixed(3)} (${titleRight}/${withHeadline}), as added ${(addedTitleRight / withHeadline).toFixed(3)}  ms median ${at(0.5)} p90 ${at(0.9)} max ${times.at(-1)!.toFixed(0)} (CPU ms median ${at(0.5, cpuTimes)})`,
);
