/**
 * `npm run bench:build`: how long Dossier takes to build synthetic dossiers
 * of 50, 500 and 5,000 articles, cold and warm, against a bare Astro site of
 * the same texts (glob() loader, one Markdown page per article) built in the
 * same run. The bare site is rebuilt after the same edit too: what Astro
 * alone takes to rebuild these articles. Prints a table; nothing is asserted.
 *
 *   npm run bench:build               # 50, 500, 5000 articles
 *   npm run bench:build -- 50 500     # chosen sizes
 *   npm run bench:build -- 5000 --overlapping
 *                                     # longer articles that share text (wire copies,
 *                                     # sentences taken over): see synthetic-dossier.ts
 */
import { execFileSync } from 'node:child_process';
import { appendFile, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { slugify } from '../src/lib/text/slugify.ts';
import { bareProject, dossierProject } from './bench-projects.ts';
import { measure, type Measurement } from './measure-process.ts';
import { INDEPENDENT, OVERLAPPING, syntheticDossier, writeSyntheticContent } from './synthetic-dossier.ts';

const SIZES = process.argv.slice(2).map(Number).filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [50, 500, 5000];
const corpus = process.argv.includes('--overlapping') ? OVERLAPPING : INDEPENDENT;
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

/** Changes one article as a curator would: a sentence added to its last paragraph. */
async function touch(file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/\.\n\n(?![\s\S]*\.\n\n)/, '. Das wurde später bestätigt.\n\n'));
}

/**
 * Flushes what earlier steps wrote or deleted (a dossier's 90,000 files,
 * the next project's content) before a build is timed: on a virtual disk
 * that work can otherwise land in the middle of the next build.
 */
function settleDisk(): void {
  try {
    execFileSync('sync');
  } catch {
    // No `sync` here (Windows): the builds are timed as they come.
  }
}

async function build(project: string, articles: number, variant: string): Promise<Row> {
  settleDisk();
  process.stderr.write(`  ${variant} build of ${articles} articles…\n`);
  const m = await measure('npx', ['astro', 'build'], project, env);
  if (m.code !== 0) throw new Error(`${variant} build of ${articles} articles failed:\n${m.tail}`);
  const { pages, bytes } = await walk(join(project, 'dist'));
  return { articles, variant, m, pages, distBytes: bytes };
}

const rows: Row[] = [];
for (const n of sizes) {
  process.stderr.write(`${n} articles${corpus === OVERLAPPING ? ' (overlapping)' : ''}\n`);
  const dossier = syntheticDossier(n, 7, corpus);
  const ours = await dossierProject(join(tmpdir(), `dossier-bench-${n}`));
  await writeSyntheticContent(ours, dossier);
  rows.push(await build(ours, n, 'dossier cold'));
  await touch(join(ours, 'content/articles', dossier.articles[0]!.file));
  rows.push(await build(ours, n, 'dossier warm'));
  const bareArticles = dossier.articles.map((a, i) => ({ slug: `${slugify(a.title)}-${i}`, title: a.title, text: a.text }));
  const bare = await bareProject(join(tmpdir(), `dossier-bench-bare-${n}`), bareArticles);
  rows.push(await build(bare, n, 'bare astro'));
  // The same edit rebuilt by Astro alone: what Astro itself takes to rebuild these articles after one changes.
  await touch(join(bare, 'articles', `${bareArticles[0]!.slug}.md`));
  rows.push(await build(bare, n, 'bare astro warm'));
}

const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
const percent = (part: Row, whole: Row) => `${((part.m.ms / whole.m.ms) * 100).toFixed(0)} %`;
const header = '| articles | build | wall s | articles/s | pages | peak RSS MB | dist MB | vs bare | warm/cold |';
const lines = [header, header.replace(/[^|]/g, '-')];
const floor: string[] = [];
for (const r of rows) {
  const row = (variant: string) => rows.find((x) => x.articles === r.articles && x.variant === variant)!;
  // Each warm build against its own cold one: the dossier's against the dossier's, Astro's against Astro's.
  const warmOf: Record<string, Row> = { 'dossier warm': row('dossier cold'), 'bare astro warm': row('bare astro') };
  const own = warmOf[r.variant];
  const s = r.m.ms / 1000;
  lines.push(
    `| ${r.articles} | ${r.variant} | ${s.toFixed(1)} | ${(r.articles / s).toFixed(0)} | ${r.pages} | ${mb(r.m.peakRssBytes)} | ${mb(r.distBytes)} | ` +
      `${r.variant === 'bare astro' ? '1.00' : (r.m.ms / row('bare astro').m.ms).toFixed(2)} | ${own ? percent(r, own) : ''} |`,
  );
  if (r.variant === 'bare astro warm') {
    floor.push(`${r.articles} articles: Astro alone rebuilt the bare site after the same edit in ${percent(r, row('dossier cold'))} of the dossier's cold build.`);
  }
}
const table = [...lines, '', ...floor].join('\n');
console.log(table);
if (process.env.BENCH_OUT) await appendFile(process.env.BENCH_OUT, `${table}\n`);
