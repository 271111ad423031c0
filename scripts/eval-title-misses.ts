/**
 * `npm run -s eval:title-misses -- <pages dir> [--half A|B] [--list]`: why the
 * text path's title misses the headline the HTML states, page by page. Prints
 * the ceiling (pages where some single line of the text equals a stated
 * headline) and each miss in one category, so that work goes to the largest:
 *
 * - ranked low: the headline is a candidate of the title model, another line scored higher;
 * - dropped: the line is there, but a rule removed it before the title was chosen;
 * - cannot be a title: above the text, but its shape rules it out (one word, a full stop, a list item …);
 * - outside the window: above the text, but farther than the window the model looks at;
 * - inside the text: in or after the main text, where only headline-shaped lines at its start are candidates;
 * - split over two lines: two neighbouring lines, joined, are the headline (kicker and headline);
 * - in a longer line: a line holds the headline and more (a breadcrumb or a suffix glued to it);
 * - absent: no line holds it (the headline is only in the HTML, or worded otherwise).
 *
 * A measurement, not a test: it prints numbers and fails only if it cannot run.
 */
import { parseArgs } from 'node:util';
import { cleanArticle } from '../src/lib/clean/clean-article.ts';
import { titleInputOf } from '../src/lib/clean/classify-lines.ts';
import { lineSignals } from '../src/lib/clean/line-signals.ts';
import { sourceLines } from '../src/lib/clean/source-lines.ts';
import { TITLE_WINDOW, titleWindow } from '../src/lib/clean/title-line.ts';
import { cannotBeTitle } from '../src/lib/clean/title-shapes.ts';
import { loadPages, loose, titleMatches, type Page } from './eval-pages.ts';

/** How kickers and headlines are joined when a page prints them as one. */
const JOINS = [' ', ': ', ' - ', ' – ', ' | '];

/** The category of a page whose title misses, or undefined when it matches. */
function missCategory(page: Page): string | undefined {
  if (titleMatches(cleanArticle(page.text, { language: 'de' }).title, page.headlines)) return undefined;
  const lines = sourceLines(page.text);
  const input = titleInputOf(lines, { rules: [], overrides: { keep: [], drop: [] }, outletLines: undefined, language: 'de' });
  const { texts, main } = input;
  const matches = (i: number) => texts[i] !== '' && titleMatches(texts[i]!, page.headlines);
  if (titleWindow(input).candidates.some(matches)) return 'ranked low';
  const line = texts.findIndex((_, i) => matches(i));
  if (line >= 0) {
    if (!input.candidates.includes(line)) return 'dropped';
    if (line >= main.start) return 'inside the text';
    if (input.candidates.filter((i) => i > line && i < main.start).length >= TITLE_WINDOW) return 'outside the window';
    const s = lineSignals(texts[line]!);
    return cannotBeTitle(texts[line]!, s) || s.words > 40 ? 'cannot be a title' : 'other';
  }
  const nonBlank = texts.map((_, i) => i).filter((i) => texts[i] !== '');
  for (let k = 0; k + 1 < nonBlank.length; k++) {
    const [a, b] = [texts[nonBlank[k]!]!, texts[nonBlank[k + 1]!]!];
    if (JOINS.some((join) => titleMatches(`${a}${join}${b}`, page.headlines))) return 'split over two lines';
  }
  const stated = page.headlines.map(loose);
  return texts.some((t) => t !== '' && stated.some((h) => loose(t).includes(h))) ? 'in a longer line' : 'absent';
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { half: { type: 'string' }, list: { type: 'boolean' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run -s eval:title-misses -- <pages dir> [--half A|B] [--list]');
  process.exit(2);
}
const pages = loadPages(dir).filter((p) => p.headlines.length > 0 && (!values.half || p.half === values.half));
const reachable = pages.filter((p) => sourceLines(p.text).some((l) => l.text !== '' && titleMatches(l.text, p.headlines))).length;
console.log(`pages with a stated headline ${pages.length}; a single line of the text is one on ${reachable} (${(reachable / pages.length).toFixed(3)})`);
const byCategory = new Map<string, Page[]>();
for (const page of pages) {
  const category = missCategory(page);
  if (category) byCategory.set(category, [...(byCategory.get(category) ?? []), page]);
}
const misses = [...byCategory.values()].reduce((n, l) => n + l.length, 0);
console.log(`title misses ${misses}`);
for (const [category, list] of [...byCategory].sort((a, b) => b[1].length - a[1].length)) {
  const half = (h: 'A' | 'B') => list.filter((p) => p.half === h).length;
  console.log(`  ${category.padEnd(22)} ${String(list.length).padStart(3)}  (A ${half('A')}, B ${half('B')})${values.list ? `: ${list.map((p) => p.name).join(', ')}` : ''}`);
}
