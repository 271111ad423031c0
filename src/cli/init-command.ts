import { cp, mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileURLToPath } from 'node:url';
import { newDossier, type NewDossierAnswers } from '../lib/content/new-dossier.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';

/** The project this command runs from: its software is what a new project folder gets. */
const SOFTWARE_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a new project does not take from this one: its dossier, and what installs and builds make. */
const NOT_COPIED = new Set(['content', 'node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', '.bench', '.e2e-site']);

/** Flag of each answer, for prompts and messages. */
const FLAGS = { title: '--title', language: '--language', baseUrl: '--base-url', description: '--description', intro: '--intro' } as const;

/** `dossier init [folder]`: a new dossier with nothing in it yet. */
export const initCommand: Command = {
  name: 'init',
  help: `Usage: npx dossier init [folder] [--title T] [--language de] [--base-url URL]
                          [--description D] [--intro I] [--force]

Starts a new dossier: content/dossier.yaml from the answers, an empty
content/articles/ folder, an empty entity registry (content/entities.yaml)
and no boilerplate rules of its own (content/boilerplate.yaml), and no
claim ledger: the first build starts one.

Without a folder, or with the folder of a Dossier project, the dossier is
made in its content/. Any other folder becomes a new project: the software
is copied there (without this project's content), then run \`npm install\`
in it.

Answers missing from the options are asked for when run in a terminal.
Description and introduction have defaults; edit them in dossier.yaml.

Refuses an existing, non-empty content/ (or a non-empty new folder); with
--force, an existing content/ is moved aside to content.old/ (nothing is
deleted) and a non-empty new folder is written into.

Exit codes: 0 created, 1 an answer cannot be used (nothing written),
2 usage error or the target is not empty.`,

  async run(args) {
    const { values, positionals } = parseCommandArgs(args, {
      title: { type: 'string' },
      language: { type: 'string' },
      'base-url': { type: 'string' },
      description: { type: 'string' },
      intro: { type: 'string' },
      force: { type: 'boolean', default: false },
    });
    if (positionals.length > 1) throw new UsageError(`init takes at most one folder (got \`${positionals.join(' ')}\`).`);
    const target = resolve(positionals[0] ?? process.cwd());
    const isProject = await isDossierProject(target);
    const contentDir = join(target, 'content');
    const force = values.force === true;

    // Refuse before asking anything: answers typed for nothing would be lost.
    if (!isProject && !(await isEmptyDir(target)) && !force) {
      throw new UsageError(`${target} is not empty and is not a Dossier project. Choose a new or empty folder, or add --force to write into it.`);
    }
    if (isProject && !(await isEmptyDir(contentDir)) && !force) {
      throw new UsageError(
        `${contentDir} already holds a dossier. Move it aside first (\`mv content content.example\`), or add --force to have it moved to content.old/.`,
      );
    }

    const answers = await gather({
      title: values.title,
      language: values.language,
      baseUrl: values['base-url'],
      description: values.description,
      intro: values.intro,
    });
    const made = newDossier(answers);
    if (!made.ok) {
      for (const problem of made.problems) {
        process.stderr.write(`error    ${FLAGS[problem.field]}: ${problem.message}\n    fix: ${problem.fix}\n`);
      }
      process.stderr.write('Nothing was written.\n');
      return EXIT.problem;
    }

    if (!isProject) await copySoftware(target);
    let movedTo: string | undefined;
    if (existsSync(contentDir) && !(await isEmptyDir(contentDir))) movedTo = await moveAside(contentDir);
    for (const [file, text] of Object.entries(made.files)) {
      const path = join(target, file);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, text, 'utf8');
    }

    const fromHere = relative(process.cwd(), target);
    const where = fromHere === '' ? '.' : fromHere.startsWith('..') ? target : fromHere;
    if (movedTo) process.stdout.write(`Moved the dossier that was there to ${movedTo}/.\n`);
    process.stdout.write(`Started the dossier „${answers.title.trim()}“ in ${join(where, 'content')}/.\n\nNext:\n`);
    const steps = [
      ...(where === '.' ? [] : [`cd ${where}`]),
      ...(isProject ? [] : ['npm install']),
      'npx dossier add ~/Downloads/artikel.txt   # each article, then fill in outlet: in its .meta.yaml',
      'npx dossier check                         # every problem, with its fix',
      'npm start                                 # build and serve the site',
    ];
    process.stdout.write(`${steps.map((s) => `  ${s}`).join('\n')}\n`);
    return EXIT.ok;
  },
};

/** A folder with a package.json of Dossier's: its content/ is where a dossier goes. */
async function isDossierProject(dir: string): Promise<boolean> {
  try {
    return (JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === 'dossier';
  } catch {
    return false;
  }
}

/** Missing or empty (hidden files aside: `.DS_Store`, `.gitkeep`). */
async function isEmptyDir(dir: string): Promise<boolean> {
  try {
    return (await readdir(dir)).every((name) => name.startsWith('.') && name !== '.git');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return true;
    throw error;
  }
}

async function copySoftware(target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const name of await readdir(SOFTWARE_ROOT)) {
    if (!NOT_COPIED.has(name)) await cp(join(SOFTWARE_ROOT, name), join(target, name), { recursive: true });
  }
}

/** Renames `dir` to the first free `content.old`, `content.old-2`, …; returns the new path. */
async function moveAside(dir: string): Promise<string> {
  let to = `${dir}.old`;
  for (let n = 2; existsSync(to); n++) to = `${dir}.old-${n}`;
  await rename(dir, to);
  return to;
}

/** The answers: from the options, the rest asked for in a terminal; without one, a usage error naming the options. */
async function gather(given: Partial<Record<keyof NewDossierAnswers, string | undefined>>): Promise<NewDossierAnswers> {
  const required = ['title', 'baseUrl'] as const;
  const missing = required.filter((field) => given[field] === undefined);
  if (missing.length === 0) return { ...given, title: given.title!, baseUrl: given.baseUrl!, language: given.language ?? 'de' };
  if (!process.stdin.isTTY) {
    throw new UsageError(`Give ${missing.map((f) => FLAGS[f]).join(' and ')} (or run init in a terminal to be asked).`);
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const ask = async (question: string, fallback?: string) => (await rl.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim() || fallback || '';
    return {
      title: given.title ?? (await ask('Title of the dossier')),
      language: given.language ?? (await ask('Language (BCP 47)', 'de')),
      baseUrl: given.baseUrl ?? (await ask('Address it will be published at', 'https://dossier.example.org/')),
      description: given.description,
      intro: given.intro,
    };
  } finally {
    rl.close();
  }
}
