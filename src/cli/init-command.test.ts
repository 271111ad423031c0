import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempProject } from '../test-support/temp-project.ts';

const BIN = join(REPO_ROOT, 'bin/dossier.mjs');
const ANSWERS = ['--title', 'Wasserstoff im Norden', '--base-url', 'https://dossier.example.org/h2/'];

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => {
  // An empty Dossier project: its package.json says so, and content/ is where the dossier goes.
  project = await tempProject(false);
  await project.write('package.json', '{ "name": "dossier" }\n');
});
afterEach(async () => {
  await project.dispose();
});

/** Runs the real CLI in the temp project; stdin is not a terminal, so nothing is asked. */
function dossier(args: string[], cwd = project.root) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort();
}

describe('dossier init', () => {
  it('is listed among the commands and has --help', () => {
    expect(dossier(['--help']).stdout).toContain('  init    Start a new, empty dossier');
    const help = dossier(['init', '--help']);
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: npx dossier init [folder]') });
    expect(help.stdout).toContain('Exit codes');
  });

  it('starts an empty dossier that check accepts but for its missing articles, without a ledger', async () => {
    const { code, stdout } = dossier(['init', ...ANSWERS]);
    expect(code).toBe(0);
    expect(stdout).toContain('Started the dossier „Wasserstoff im Norden“ in content/.');
    expect(stdout).toContain('npx dossier add');
    expect(await tree(join(project.root, 'content'))).toEqual(['articles', 'articles/.gitkeep', 'boilerplate.yaml', 'dossier.yaml', 'entities.yaml']);
    const check = dossier(['check']);
    expect(check.stdout).toContain('error    content/articles: The dossier has no articles.');
    expect(check.stdout).toMatch(/0 articles, 1 error, 0 warnings\.\n$/);
  });

  it('refuses a content/ that holds a dossier, and with --force moves it aside instead of deleting it', async () => {
    await mkdir(join(project.root, 'content/articles'), { recursive: true });
    await project.write('content/dossier.yaml', 'title: Alt\n');
    const refused = dossier(['init', ...ANSWERS]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('content already holds a dossier. Move it aside first');
    expect(await readFile(join(project.root, 'content/dossier.yaml'), 'utf8')).toBe('title: Alt\n');

    const forced = dossier(['init', '--force', ...ANSWERS]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('Moved the dossier that was there to');
    expect(await readFile(join(project.root, 'content.old/dossier.yaml'), 'utf8')).toBe('title: Alt\n');
    expect(await readFile(join(project.root, 'content/dossier.yaml'), 'utf8')).toContain('title: Wasserstoff im Norden');
  });

  it('writes nothing for a bad address or a language without interface texts, and says which option to fix', async () => {
    const bad = dossier(['init', '--title', 'X', '--base-url', 'ftp://example.org/', '--language', 'fr']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('error    --language: `language` has no interface texts; use one of `de`, `en`.');
    expect(bad.stderr).toContain('error    --base-url: `baseUrl` must be an absolute http(s) URL.\n    fix: Write the absolute address');
    expect(bad.stderr).toContain('Nothing was written.');
    expect(existsSync(join(project.root, 'content'))).toBe(false);
  });

  it('asks for missing answers only in a terminal; otherwise names the options to give', () => {
    expect(dossier(['init', '--title', 'X'])).toMatchObject({ code: 2, stderr: expect.stringContaining('Give --base-url (or run init in a terminal') });
    expect(existsSync(join(project.root, 'content'))).toBe(false);
  });

  it('makes any other folder a new project: the software without this dossier, then the new dossier', async () => {
    const target = join(project.root, 'neu');
    const { code, stdout } = dossier(['init', target, ...ANSWERS]);
    expect(code).toBe(0);
    expect(stdout).toContain('npm install');
    for (const file of ['package.json', 'bin/dossier.mjs', 'src/cli/main.ts', 'astro.config.mjs']) expect(existsSync(join(target, file)), file).toBe(true);
    expect(existsSync(join(target, 'node_modules'))).toBe(false);
    expect(await tree(join(target, 'content'))).toEqual(['articles', 'articles/.gitkeep', 'boilerplate.yaml', 'dossier.yaml', 'entities.yaml']);
  });

  it('refuses a non-empty folder that is not a Dossier project', async () => {
    const target = join(project.root, 'other');
    await mkdir(target);
    await writeFile(join(target, 'notes.txt'), 'x');
    expect(dossier(['init', target, ...ANSWERS])).toMatchObject({ code: 2, stderr: expect.stringContaining('is not empty and is not a Dossier project') });
    expect(await readdir(target)).toEqual(['notes.txt']);
    await rm(target, { recursive: true });
  });
});
