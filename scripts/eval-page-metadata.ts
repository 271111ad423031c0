/**
 * Measures `readPageMetadata` on saved pages (the development set's
 * NAME.html with NAME.txt, the page's visible text, and NAME.json, its
 * labels with the page's url):
 *
 *   npx tsx scripts/eval-page-metadata.ts /work/eval/pages [--list field]
 *
 * For every page that calls itself an article (a news page), it counts how
 * often a title, date, outlet, author, url and language are found, and checks
 * each against what the page shows: the title and the outlet (or its host)
 * in the visible text or the address, the date written in the visible text
 * in one of the ways German pages write dates. It also counts how often the
 * extraction's title (the `<h1>` it finds) already is the page's headline;
 * where it is not, `dossier add` writes the headline into the sidecar.
 * `--list published` prints every page whose date the text does not show,
 * `--list no-outlet` every page without an outlet, for reading by eye.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanHtmlPage } from '../src/lib/html/clean-html.ts';
import { decodeHtmlBytes } from '../src/lib/html/decode-html.ts';
import { readPageMetadata, type PageMetadata } from '../src/lib/html/page-metadata.ts';

const [folder, ...rest] = process.argv.slice(2);
if (!folder) {
  process.stderr.write('Usage: npx tsx scripts/eval-page-metadata.ts <pages folder> [--list field]\n');
  process.exit(2);
}
const listField = rest[0] === '--list' ? rest[1] : undefined;

const FIELDS = ['title', 'outlet', 'published', 'modified', 'author', 'url', 'language'] as const;
type Field = (typeof FIELDS)[number];
const ENGLISH = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];

const names = readdirSync(folder).filter((n) => n.endsWith('.html')).map((n) => n.slice(0, -5)).sort();
const found: Record<Field, number> = { title: 0, outlet: 0, published: 0, modified: 0, author: 0, url: 0, language: 0 };
const shown: Record<Field, number> = { ...found };
let news = 0;
const times: number[] = [];
const output: string[] = [];
let extractedTitleIsHeadline = 0;

for (const name of names) {
  const html = decodeHtmlBytes(readFileSync(join(folder, `${name}.html`)), name).html;
  const visible = squashSpace(readFileSync(join(folder, `${name}.txt`), 'utf8'));
  const labels = JSON.parse(readFileSync(join(folder, `${name}.json`), 'utf8')) as { url?: string };
  const started = performance.now();
  const meta = readPageMetadata(html);
  times.push(performance.now() - started);
  if (!meta.isArticle) continue;
  news++;
  if (meta.title !== undefined && squashSpace(cleanHtmlPage(html).cleaned.title).trim() === squashSpace(meta.title)) extractedTitleIsHeadline++;
  for (const field of FIELDS) {
    if (meta[field] === undefined) continue;
    found[field]++;
    const ok = check(field, meta, visible, labels.url);
    if (ok) shown[field]++;
    if (listField === field && !ok) output.push(`${name}\t${JSON.stringify(meta[field])}\t${meta.evidence[field]}`);
  }
  if (listField && listField.startsWith('no-') && meta[listField.slice(3) as Field] === undefined) output.push(name);
}

if (output.length > 0) process.stdout.write(`${output.join('\n')}\n`);
const pct = (n: number, of: number): string => `${n}/${of} (${of === 0 ? 0 : Math.round((100 * n) / of)} %)`;
process.stdout.write(`\n${names.length} pages, ${news} call themselves articles (og:type article, JSON-LD *Article, article:published_time).\n`);
process.stdout.write(`On those: field      found            shown by the page's visible text or address\n`);
for (const field of FIELDS) {
  process.stdout.write(`          ${field.padEnd(10)} ${pct(found[field], news).padEnd(16)} ${field === 'modified' || field === 'language' ? '(not checked)' : pct(shown[field], found[field])}\n`);
}
process.stdout.write(`The extraction's title is the headline on ${pct(extractedTitleIsHeadline, found.title)} of the pages with one; on the rest the sidecar gets \`title:\`.\n`);
times.sort((a, b) => a - b);
process.stdout.write(`Time per page (parse + read): median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(1)} ms, max ${(times.at(-1) ?? 0).toFixed(1)} ms.\n`);

/** Does the page show the value? A heuristic for spotting wrong values, not a proof of right ones. */
function check(field: Field, meta: PageMetadata, visible: string, labelUrl: string | undefined): boolean {
  const lower = visible.toLowerCase();
  switch (field) {
    case 'title':
      return lower.includes(squashSpace(meta.title ?? '').toLowerCase());
    case 'outlet': {
      const outlet = (meta.outlet ?? '').toLowerCase();
      const host = hostOf(labelUrl ?? meta.url);
      return lower.includes(outlet) || (host !== '' && (host.includes(outlet.replace(/\s+/g, '')) || outlet.includes(host.split('.').slice(-2, -1)[0] ?? '\u0000')));
    }
    case 'published':
      return dateForms(meta.published ?? '').some((form) => lower.includes(form));
    case 'author':
      return (meta.author ?? []).some((a) => lower.includes(a.toLowerCase()));
    case 'url':
      return labelUrl === undefined || sameAddress(labelUrl, meta.url ?? '');
    default:
      return true;
  }
}

/** The ways a German page writes 2020-01-13: 13.01.2020, 13.1.2020, 13. 1. 2020, 13. Januar 2020, 13.01.20, 2020-01-13. */
function dateForms(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return [];
  const day = String(Number(d));
  const month = String(Number(m));
  const name = MONTHS[Number(m) - 1] ?? '';
  return [
    `${d}.${m}.${y}`, `${day}.${month}.${y}`, `${day}. ${month}. ${y}`, `${d}. ${m}. ${y}`, `${day}. ${name} ${y}`, `${d}. ${name} ${y}`,
    `${day}.${name} ${y}`, `${d}.${m}.${y.slice(2)}`, `${day}.${month}.${y.slice(2)}`, iso, `${day}. ${name.slice(0, 3)}. ${y}`, `${day}. ${name.slice(0, 3)} ${y}`,
    `${day}.${m}.${y}`, `${d}.${month}.${y}`, `${d}/${m}/${y}`, `${day} ${name} ${y}`, `${day}. ${ENGLISH[Number(m) - 1]} ${y}`, `${ENGLISH[Number(m) - 1]} ${day}, ${y}`,
  ].map((f) => f.toLowerCase());
}

function sameAddress(a: string, b: string): boolean {
  const norm = (u: string): string => u.replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/$/, '');
  return norm(a) === norm(b);
}

function hostOf(url: string | undefined): string {
  try {
    return new URL(url ?? '').hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
}

function squashSpace(value: string): string {
  return value.replace(/\s+/g, ' ');
}
