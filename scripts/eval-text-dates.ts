/**
 * How often the publication date `dossier add` proposes from a page's copied
 * text is the date the page's HTML states (article:published_time, JSON-LD
 * datePublished, <time datetime>), on the development pages.
 *
 *   npx tsx scripts/eval-text-dates.ts [/work/eval/pages] [--list wrong|none]
 *
 * Prints right / wrong / none for the current extraction and, for comparison,
 * for the old rule (the latest full date in the text).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findGermanDates } from '../src/lib/dates/german-dates.ts';
import { extractPublicationDate } from '../src/lib/dates/publication-date.ts';
import { htmlPublished } from './eval-html-truth.ts';

const args = process.argv.slice(2);
const list = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--list') ?? '/work/eval/pages';

const latest = (text: string) => findGermanDates(text).reduce<string | undefined>((max, d) => (!max || d.iso > max ? d.iso : max), undefined);
const tally = () => ({ right: 0, wrong: 0, none: 0 });
const now = tally();
const old = tally();
let pages = 0;
let stated = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  pages++;
  const stem = name.slice(0, -4);
  const truth = htmlPublished(readFileSync(join(dir, `${stem}.html`), 'latin1'));
  if (!truth) continue;
  stated++;
  const text = readFileSync(join(dir, name), 'utf8');
  const found = extractPublicationDate(text);
  const verdict = !found ? 'none' : found.iso === truth.iso ? 'right' : 'wrong';
  now[verdict]++;
  const before = latest(text);
  old[!before ? 'none' : before === truth.iso ? 'right' : 'wrong']++;
  if (verdict === list) console.log(`${stem}: page ${truth.iso} (${truth.from}), text ${found ? `${found.iso} from ${JSON.stringify(found.evidence)}` : 'none'}`);
}

const rate = (t: ReturnType<typeof tally>) =>
  `${t.right} right (${((100 * t.right) / stated).toFixed(1)} %), ${t.wrong} wrong, ${t.none} none`;
console.log(`${pages} pages, ${stated} whose HTML states a publication date.`);
console.log(`article's own date: ${rate(now)}`);
console.log(`latest date (old):  ${rate(old)}`);
