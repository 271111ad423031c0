/**
 * A copy of the project in a temp dir that tests can edit, build and serve
 * without touching the repository: its sources and content copied, its
 * dependencies linked.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { projectRoot } from './expected-dossier.ts';

const run = promisify(execFile);

/** What a build needs; dist/, caches and tests stay behind. */
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'public', 'content'];

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

export async function tempSite(): Promise<TempSite> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-site-'));
  for (const name of PROJECT_FILES) {
    if (statSync(join(projectRoot, name), { throwIfNoEntry: false })) await cp(join(projectRoot, name), join(root, name), { recursive: true });
  }
  await mkdir(join(root, 'node_modules'));
  for (const name of await readdir(join(projectRoot, 'node_modules'))) {
    if (!BUILD_CACHES.has(name)) await symlink(join(projectRoot, 'node_modules', name), join(root, 'node_modules', name));
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
    async build(epoch) {
      const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
      const { stdout, stderr } = await run(process.execPath, [astro, 'build'], {
        cwd: root,
        env: { ...process.env, SOURCE_DATE_EPOCH: String(epoch), ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
        maxBuffer: 16 * 1024 * 1024,
      });
      return stdout + stderr;
    },
    async clean() {
      for (const dir of [dist, join(root, '.astro'), ...[...BUILD_CACHES].map((name) => join(root, 'node_modules', name))]) {
        await rm(dir, { recursive: true, force: true });
      }
    },
    async serve(page) {
      served = page;
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
    },
    async dispose() {
      // A request still in flight (the service worker, a late fetch) would otherwise find the folder gone.
      // A spec that disposes after all its tests has no open page left to unroute.
      if (served && !served.isClosed()) await served.unrouteAll({ behavior: 'ignoreErrors' });
      await rm(root, { recursive: true, force: true });
    },
  };
}
