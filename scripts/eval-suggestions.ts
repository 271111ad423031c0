/**
 * `node scripts/eval-suggestions.ts [pages dir]`: measures what `dossier
 * check` suggests for content/entities.yaml on a real dossier of 16 German
 * news pages of the development set (issue #16). Makes the dossier in a
 * temporary folder the way a curator does (`dossier init`, `dossier add`),
 * runs `dossier check` there and prints the number of names found, the
 * entries shown, the lines the check printed, and the names shown with
 * their type. A measurement, not a test: it fails only if it cannot run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Sixteen pages of different outlets and topics: politics, rail, batteries, health, crime, crafts. */
const PAGES = [
  'nzz.ch-d42c68f1', 'sueddeutsche.de.flixtrain', 'zugreiseblog.de-0a4a8ab6', 'heise.de.lithium',
  'recyclingmagazin.de.lithium', 'www1.wdr.de-Correctiv-Recherche', 'tagesspiegel.de.abstandsregeln',
  'handelsblatt.com.grenzschliessungen', 'taz.de.siemens', 'express.de-d57cfadc', 'finanzmarktwelt.de-Benko-Firma',
  'mdr.de.autohaeuser', 'fluter.de.vorbild', 'spektrum.de.coronavirus', 'handwerksblatt.de-Friseurbesuch',
  'polizeiticker.ch-Unfall',
];

const pagesDir = process.argv[2] ?? '/work/eval/pages';
const cli = fileURLToPath(new URL('../bin/dossier.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'dossier-suggestions-'));

function dossier(...args: string[]): string {
  const run = spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' });
  if (run.status === null || run.status > 1) throw new Error(`dossier ${args[0]} failed:\n${run.stderr}${run.stdout}`);
  return run.stdout;
}

try {
  // `init` writes only content/ into a folder that is a Dossier project.
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'dossier' }));
  dossier('init', '--title', 'Eval', '--language', 'de', '--base-url', 'https://example.org/');
  dossier('add', ...PAGES.map((page) => join(pagesDir, `${page}.txt`)));
  const output = dossier('check');
  const found = /^(\d+) names? in the articles no entity covers/mu.exec(output)?.[1] ?? '0';
  const entries = [...output.matchAll(/^ {2}# (.+?): .*\n {2}- id: .*\n {4}name: (.*)\n {4}type: (.*)$/gmu)];
  console.log(`${PAGES.length} articles: ${found} names found, ${entries.length} shown, ${output.split('\n').length} lines printed by check`);
  for (const [, where = '', name, type] of entries) console.log(`  ${where.padEnd(18)} ${name} (${type === '""' ? '?' : type})`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
