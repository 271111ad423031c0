/**
 * How often the outlet `dossier add` infers from a page's copied text names
 * the site the page is from (its host, or the og:site_name / JSON-LD
 * publisher its HTML states), on the development pages.
 *
 *   npx tsx scripts/eval-text-outlets.ts [/work/eval/pages] [--list right|wrong|none]
 *
 * An inferred name is right when, letters and digits only, it contains the
 * host's name (`spiegel` of spiegel.de) or the site name, or is contained in
 * one of them (`SPIEGEL` in `DER SPIEGEL`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { outletFromText } from '../src/lib/meta/outlet-from-text.ts';
import { htmlOutlet } from './eval-html-truth.ts';

const args = process.argv.slice(2);
const list = args.includes('--list') ? args[args.indexOf('--list') + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--list') ?? '/work/eval/pages';

const squash = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');
const overlaps = (a: string, b: string) => a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a));

const tally = { right: 0, wrong: 0, none: 0 };
let pages = 0;
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  pages++;
  const stem = name.slice(0, -4);
  const label = JSON.parse(readFileSync(join(dir, `${stem}.json`), 'utf8')) as { url?: string };
  // An archived page is from the site in its archive address, not from archive.org.
  const url = (label.url ?? '').replace(/^https?:\/\/web\.archive\.org\/web\/[^/]+\//, '');
  const truth = htmlOutlet(readFileSync(join(dir, `${stem}.html`), 'utf8'), url);
  const found = outletFromText(readFileSync(join(dir, name), 'utf8'));
  const hostName = squash(truth.host.split('.').slice(-2, -1)[0] ?? '');
  const names = [hostName, squash(truth.host), squash(truth.siteName ?? '')];
  const verdict = !found ? 'none' : names.some((n) => overlaps(squash(found.name), n)) ? 'right' : 'wrong';
  tally[verdict]++;
  if (verdict === list) console.log(`${stem}: page ${truth.host} / ${truth.siteName ?? '–'}; text ${found ? `${JSON.stringify(found.name)} from ${JSON.stringify(found.evidence)}` : 'none'}`);
}
const pct = (n: number) => `${((100 * n) / pages).toFixed(1)} %`;
console.log(`${pages} pages: ${tally.right} right (${pct(tally.right)}), ${tally.wrong} wrong (${pct(tally.wrong)}), ${tally.none} none (${pct(tally.none)}).`);
