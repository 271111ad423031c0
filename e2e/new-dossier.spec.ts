/**
 * A curator's own dossier, as the README starts one: `dossier init` into a
 * new folder, two articles added, outlets filled in, built and read in
 * Chromium. Then a mistake in a sidecar: the build stops with the problem
 * and its fix, exit code 1, and no stack trace that would read as a crash.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { projectRoot } from './e2e-paths.ts';
import { buildProject, linkDependencies, serveProject } from './temp-site.ts';

const run = promisify(execFile);

const ARTICLES = {
  'windpark.txt': `Neuer Windpark vor Rügen geht ans Netz

Sassnitz, am 14. Mai 2025 – Vor der Küste Rügens hat am Mittwoch ein neuer Windpark den Betrieb aufgenommen. Die 38 Anlagen sollen rechnerisch rund 400.000 Haushalte mit Strom versorgen.

Der Netzbetreiber teilte mit, die Anbindung an das Festland sei ohne Störungen verlaufen. Umweltverbände hatten den Bau lange kritisiert.
`,
  'wasserstoff.txt': `Erste Wasserstoff-Tankstelle für Lastwagen in Rostock

Rostock, am 2. Juni 2025 – Im Rostocker Hafen ist die erste öffentliche Wasserstoff-Tankstelle für Lastwagen in Mecklenburg-Vorpommern eröffnet worden. Betreiber ist ein Zusammenschluss regionaler Energieversorger.

Nach Angaben der Stadt sollen zunächst zwanzig Fahrzeuge dort tanken. Weitere Standorte an der Küste seien geplant.
`,
};

test('a dossier started with init and two added articles builds and reads; a mistake stops the build without a stack trace', async ({ page }) => {
  test.setTimeout(240_000);
  const scratch = await mkdtemp(join(tmpdir(), 'dossier-new-'));
  try {
    const root = join(scratch, 'mein-dossier');
    const dossier = (...args: string[]) => run(process.execPath, [join(root, 'bin/dossier.mjs'), ...args], { cwd: root });

    await test.step('init, add, fill in the outlets', async () => {
      await run(process.execPath, [join(projectRoot, 'bin/dossier.mjs'), 'init', root, '--title', 'Energie an der Küste', '--base-url', 'https://dossier.example.org/kueste/']);
      await linkDependencies(root); // what `npm install` does for a curator
      for (const [name, text] of Object.entries(ARTICLES)) await writeFile(join(scratch, name), text);
      await dossier('add', ...Object.keys(ARTICLES).map((name) => join(scratch, name)));
      for (const n of ['000', '001']) {
        const sidecar = (await run('sh', ['-c', `ls ${join(root, 'content/articles')}/${n}_*.meta.yaml`])).stdout.trim();
        await writeFile(sidecar, (await readFile(sidecar, 'utf8')).replace('outlet: ""', 'outlet: Küstenkurier'));
      }
      const check = await dossier('check');
      expect(check.stdout).toMatch(/2 articles, 0 errors, 0 warnings\.\n$/);
    });

    await test.step('build and read it', async () => {
      const log = await buildProject(root);
      expect(log).toContain('article addresses: 2 new, 0 renamed, 0 withdrawn');
      expect(log).not.toMatch(/telemetry/i);
      // An empty registry is a new dossier's normal state, not a broken content config.
      expect(log).not.toContain('[WARN]');
      const url = await serveProject(page, root);
      await page.goto(url);
      await expect(page.locator('h1')).toHaveText('Energie an der Küste');
      await expect(page.locator('main li a[href*="/articles/"]')).toHaveCount(2);
      await page.getByRole('link', { name: 'Erste Wasserstoff-Tankstelle für Lastwagen in Rostock' }).click();
      await expect(page.locator('main')).toContainText('Im Rostocker Hafen ist die erste öffentliche Wasserstoff-Tankstelle');
    });

    await test.step('a typo in a sidecar stops the build with the problem and its fix, and no stack trace', async () => {
      const sidecar = (await run('sh', ['-c', `ls ${join(root, 'content/articles')}/000_*.meta.yaml`])).stdout.trim();
      await writeFile(sidecar, `${await readFile(sidecar, 'utf8')}pubished: 2025-05-14\n`);
      const failed = await buildProject(root).then(
        () => undefined,
        (error: { code?: number; stdout?: string; stderr?: string }) => error,
      );
      expect(failed?.code).toBe(1);
      const output = `${failed?.stdout}${failed?.stderr}`;
      expect(output).toContain('Unknown field `pubished`. Did you mean `published`?\n    fix: Rename `pubished` to `published`.');
      expect(output).not.toContain('Stack trace');
      expect(output).not.toContain('Location:');
      expect(output).not.toMatch(/^\s+at /m);
    });
  } finally {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await rm(scratch, { recursive: true, force: true });
  }
});
