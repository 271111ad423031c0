/**
 * `npm run bench:build`: how long Dossier takes to build synthetic dossiers
 * of 50, 500 and 5,000 articles, cold and warm, against a bare Astro site of
 * the same texts (glob() loader, one Markdown page per article) built in the
 * same run. Prints a table; nothing is asserted.
 *
 *   npm run bench:build               # 50, 500, 5000 articles
 *   npm run bench:build -- 50 500     # chosen sizes
 */
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slugify } from '../src/lib/text/slugify.ts';
import { bareProject, dossierProject } from './bench-projects.ts';
import { measure, type Measurement } from './measure-process.ts';
import { syntheticDossier, writeSyntheticContent } from './synthetic-dossier.ts';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [50, 500, 5000];
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SOURCE_DATE_EPOCH: '1767225600' };

interface Row {
  articles: number;
  variant: string;
  m: Measurement;
  pages: number;
  distBytes: number;
}

async function walk(dir: string): Promise<{ pages: number; bytes: number }> {
  let pages = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages += 1;
  }
  return { pages, bytes };
}

async function build(project: string, articles: number, variant: string): Promise<Row> {
  process.stderr.write(`  ${variant} build of ${articles} articles…\n`);
  const m = await measure('npx', ['astro', 'build'], project, env);
  if (m.code !== 0) throw new Error(`${variant} build of ${articles} articles failed:\n${m.tail}`);
  const { pages, bytes } = await walk(join(project, 'dist'));
  return { articles, variant, m, pages, distBytes: bytes };
}

const rows: Row[] = [];
for (const n of sizes) {
  process.stderr.write(`${n} articles\n`);
  const dossier = syntheticDossier(n, 7);
  const ours = await dossierProject(join(tmpdir(), `dossier-bench-${n}`));
  await writeSyntheticContent(ours, dossier);
  rows.push(await build(ours, n, 'dossier cold'));
  // Touch one article: a sentence added to its last paragraph.
  const touched = join(ours, 'content/articles', dossier.articles[0]!.file);
  const text = await readFile(touched, 'utf8');
  await writeFile(touched, text.replace(/\.\n\n(?![\s\S]*\.\n\n)/, '. Das wurde später bestätigt.\n\n'));
  rows.push(await build(ours, n, 'dossier warm'));
  const bare = await bareProject(
    join(tmpdir(), `dossier-bench-bare-${n}`),
    dossier.articles.map((a, i) => ({ slug: `${slugify(a.title)}-${i}`, title: a.title, text: a.text })),
  );
  rows.push(await build(bare, n, 'bare astro'));
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const header = '| articles | build | wall s | articles/s | pages | peak RSS MB | dist MB | vs bare | warm/cold |';
const lines = [header, header.replace(/[^|]/g, '-')];
for (const r of rows) {
  const bare = rows.find((x) => x.articles === r.articles && x.variant === 'bare astro')!;
  const cold = rows.find((x) => x.articles === r.articles && x.variant === 'dossier cold')!;
  const s = r.m.ms / 1000;
  lines.push(
    `| ${r.articles} | ${r.variant} | ${s.toFixed(1)} | ${(r.articles / s).toFixed(0)} | ${r.pages} | ${mb(r.m.peakRssBytes)} | ${mb(r.distBytes)} | ` +
      `${r.variant === 'bare astro' ? '1.00' : (r.m.ms / bare.m.ms).toFixed(2)} | ${r.variant === 'dossier warm' ? `${((r.m.ms / cold.m.ms) * 100).toFixed(0)} %` : ''} |`,
  );
}
const table = lines.join('\n');
console.log(table);
if (process.env.BENCH_OUT) await appendFile(process.env.BENCH_OUT, `${table}\n`);
