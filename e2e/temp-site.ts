/**
 * A copy of the project in a temp dir that tests can edit, build and serve
 * without touching the repository: its sources and the seed fixture copied
 * as its content, its dependencies linked.
 */
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { projectRoot } from './e2e-paths.ts';

const run = promisify(execFile);

/** The software a build needs; dist/, caches and tests stay behind. */
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public'];

/**
 * The dossier the tests build: the fixture copy of the seeds, never the
 * live content/, which is the curator's and may hold any dossier or none.
 */
export const SEED_CONTENT = join(projectRoot, 'test-fixtures', 'seed-dossier', 'content');

/**
 * Caches inside node_modules/ that a build writes (Astro's content store,
 * Vite's): the copy gets its own, so it neither reads the repository's
 * state nor overwrites it.
 */
const BUILD_CACHES = new Set(['.astro', '.vite']);

export interface TempSite {
  root: string;
  dist: string;
  /** Replaces `from` by `to` in a file of the copy, failing unless `from` occurs exactly once. */
  edit: (file: string, from: string, to: string) => Promise<void>;
  /** `astro build` in the copy, its build date pinned to `epoch` (seconds); returns the log. */
  build: (epoch: number) => Promise<string>;
  /** Deletes the output and every build cache: the next build is a cold one. */
  clean: () => Promise<void>;
  /** Serves the copy's dist/ to `page` at the address of the dossier's `baseUrl`; returns that URL. */
  serve: (page: Page) => Promise<string>;
  dispose: () => Promise<void>;
}

/**
 * Makes `root` a project of this software with the seed fixture as its
 * content: the software and content copied afresh, the dependencies linked
 * (its own build caches, and its dist/, stay as they were).
 */
export async function seedProject(root: string): Promise<void> {
  for (const name of [...PROJECT_FILES, 'content']) await rm(join(root, name), { recursive: true, force: true });
  for (const name of PROJECT_FILES) {
    if (statSync(join(projectRoot, name), { throwIfNoEntry: false })) await cp(join(projectRoot, name), join(root, name), { recursive: true });
  }
  await cp(SEED_CONTENT, join(root, 'content'), { recursive: true });
  await linkDependencies(root);
}

/** Links this repository's installed packages into the project at `root`, but not its build caches: the project gets its own. */
export async function linkDependencies(root: string): Promise<void> {
  await mkdir(join(root, 'node_modules'), { recursive: true });
  const linked = new Set(await readdir(join(root, 'node_modules')));
  for (const name of await readdir(join(projectRoot, 'node_modules'))) {
    if (!BUILD_CACHES.has(name) && !linked.has(name)) await symlink(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
  }
}

/** Serves the dist/ of the project at `root` to `page` at the address of its dossier's `baseUrl`; returns that URL. */
export async function serveProject(page: Page, root: string): Promise<string> {
  const dist = join(root, 'dist');
  const site = new URL(String(parse(await readFile(join(root, 'content', 'dossier.yaml'), 'utf8')).baseUrl));
  await page.route(`${site.origin}/**`, (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname);
    if (!path.startsWith(site.pathname)) return route.fulfill({ status: 404 });
    const relative = path.slice(site.pathname.length);
    const file = join(dist, relative, relative === '' || relative.endsWith('/') ? 'index.html' : '');
    if (!file.startsWith(dist) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return route.fulfill({ status: 404, path: join(dist, '404.html') });
    return route.fulfill({ path: file });
  });
  return site.href;
}

/** `astro build` in the project at `root`, its build date pinned to `epoch` (seconds) if given; returns the log. */
export async function buildProject(root: string, epoch?: number): Promise<string> {
  const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const { stdout, stderr } = await run(process.execPath, [astro, 'build'], {
    cwd: root,
    env: { ...process.env, ...(epoch !== undefined && { SOURCE_DATE_EPOCH: String(epoch) }), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout + stderr;
}

/**
 * A throwaway copy of the project with the seed dossier, or with the fixture
 * dossier whose `content/` folder is given (the English, the mixed one).
 */
export async function tempSite(content?: string): Promise<TempSite> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-site-'));
  await seedProject(root);
  if (content) {
    await rm(join(root, 'content'), { recursive: true, force: true });
    await cp(content, join(root, 'content'), { recursive: true });
  }
  const dist = join(root, 'dist');
  /** The page the copy is served to: its route must go before the files do. */
  let served: Page | undefined;

  return {
    root,
    dist,
    async edit(file, from, to) {
      const path = join(root, file);
      const text = await readFile(path, 'utf8');
      const count = text.split(from).length - 1;
      if (count !== 1) throw new Error(`${file}: expected "${from}" once, found it ${count} times`);
      await writeFile(path, text.replace(from, to), 'utf8');
    },
    build: (epoch) => buildProject(root, epoch),
    async clean() {
      for (const dir of [dist, join(root, '.astro'), ...[...BUILD_CACHES].map((name) => join(root, 'node_modules', name))]) {
        await rm(dir, { recursive: true, force: true });
      }
    },
    serve(page) {
      served = page;
      return serveProject(page, root);
    },
    async dispose() {
      // A request still in flight (the service worker, a late fetch) would otherwise find the folder gone.
      // A spec that disposes after all its tests has no open page left to unroute.
      if (served && !served.isClosed()) await served.unrouteAll({ behavior: 'ignoreErrors' });
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Every file below `dir`, by its path relative to it. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

/** `astro dev` serving a project: where, what it has logged so far, and how to stop it. */
export interface DevServer {
  /** The dossier's address on the server, base path included, with the trailing slash. */
  origin: string;
  /** The base path of the dossier's `baseUrl`. */
  base: string;
  log: () => string;
  stop: () => void;
}

/** Starts `astro dev` in the project at `root` on a free-ish port and waits until it serves. */
export async function startDevServer(root: string): Promise<DevServer> {
  const port = 4600 + Math.floor(Math.random() * 390);
  const dev = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/watching for file changes|Local\s+http/i.test(output)) resolve();
      };
      dev.stdout.on('data', onData);
      dev.stderr.on('data', onData);
      dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
    });
  } catch (error) {
    dev.kill();
    throw error;
  }
  const base = new URL(String(parse(await readFile(join(root, 'content', 'dossier.yaml'), 'utf8')).baseUrl)).pathname;
  return { origin: `http://127.0.0.1:${port}${base}`, base, log: () => output, stop: () => dev.kill() };
}
