/**
 * `npm run build:vocabulary -- <pages dir> [--write]`: finds the general
 * vocabulary of German web pages: the content-word stems found in at least
 * {@link SHARE} of the pages of a varied collection (the 352 development
 * pages of ../shared/eval/boilerplate-dev: news, blogs, shops, clubs,
 * authorities). Two articles sharing "Menschen", "viel", "Uhr", "Oktober"
 * or "Benachrichtigung" share nothing particular; related articles weigh
 * such words down (src/lib/links/related-articles.ts). The raw texts are
 * read, boilerplate and all, so the words of page furniture count as
 * general too. `--write` saves the list to src/lib/links/general-vocabulary-de.ts.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentWords } from '../src/lib/links/content-words.ts';

/** Share of pages a stem must appear in to count as general vocabulary. */
const SHARE = 0.1;

const { positionals, values } = parseArgs({ allowPositionals: true, options: { write: { type: 'boolean' } } });
const dir = positionals[0];
if (!dir) throw new Error('usage: npm run build:vocabulary -- <pages dir> [--write]');
const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
const df = new Map<string, number>();
for (const file of files) {
  for (const stem of new Set(contentWords(readFileSync(join(dir, file), 'utf8')).map((w) => w.stem))) df.set(stem, (df.get(stem) ?? 0) + 1);
}
// Numbers are facts, not vocabulary: "2020" on a tenth of the pages still tells two reports apart.
const general = [...df].filter(([stem, n]) => n >= SHARE * files.length && !/^\d+$/.test(stem)).map(([stem]) => stem).sort();
console.log(`${general.length} general stems in ${files.length} pages (each in at least ${Math.ceil(SHARE * files.length)})`);
if (values.write) {
  const lines = [];
  for (let i = 0; i < general.length; i += 16) lines.push(`  ${general.slice(i, i + 16).join(' ')}`);
  writeFileSync(
    'src/lib/links/general-vocabulary-de.ts',
    `/**
 * Stems of the general vocabulary of German web pages, written by
 * \`npm run build:vocabulary -- <pages> --write\` (scripts/build-general-vocabulary.ts)
 * from ${files.length} varied pages: each is in at least ${Math.round(SHARE * 100)} % of them. Do not edit by hand.
 */
export const GENERAL_VOCABULARY_DE: ReadonlySet<string> = new Set(
  \`
${lines.join('\n')}\`
    .split(/\\s+/)
    .filter(Boolean),
);
`,
  );
}
