/**
 * Writes the service worker into the built site (`sw.js` at the base): the
 * worker of service-worker.js with this build's version and precache list
 * (see precache-plan.ts), computed from every file the build wrote.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_FILE, precachePlan, type BuiltFile } from '../lib/offline/precache-plan.ts';

const TEMPLATE = new URL('./service-worker.js', import.meta.url);

/** Digests of the last build's files by path, with the size and time they had: `size mtimeMs digest`. */
type DigestCache = Record<string, string>;

async function readDigestCache(file: string): Promise<DigestCache> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DigestCache;
  } catch {
    return {}; // a missing or damaged cache only costs hashing every file
  }
}

/**
 * Every file of the built site with its digest. A file whose size and
 * modification time are what they were last build keeps its digest: the
 * page writer leaves unchanged pages untouched, and a large dossier's
 * output is too big to read whole on every build.
 */
async function builtFiles(dir: string, cacheFile: string): Promise<BuiltFile[]> {
  const cache = await readDigestCache(cacheFile);
  const next: DigestCache = {};
  // Synchronous on purpose: one awaited call per file costs a thread-pool round trip, a second per ten thousand files.
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  const files: BuiltFile[] = [];
  for (const e of entries) {
    if (!e.isFile()) continue;
    const full = join(e.parentPath, e.name);
    const path = relative(dir, full).split(sep).join('/');
    const { size, mtimeMs } = statSync(full);
    const known = cache[path];
    const digest =
      known?.startsWith(`${size} ${mtimeMs} `) ? known.slice(known.lastIndexOf(' ') + 1) : createHash('sha256').update(readFileSync(full)).digest('hex');
    next[path] = `${size} ${mtimeMs} ${digest}`;
    files.push({ path, bytes: size, digest });
  }
  await mkdir(dirname(cacheFile), { recursive: true });
  await writeFile(cacheFile, JSON.stringify(next));
  return files;
}

/** Replaces a placeholder of the template by a value as a literal (JSON is JavaScript). */
function fill(template: string, placeholder: string, value: unknown): string {
  if (!template.includes(placeholder)) throw new Error(`service-worker.js lost its placeholder ${placeholder}`);
  return template.replace(placeholder, () => JSON.stringify(value));
}

/** The integration; add it to `integrations` in astro.config.mjs. */
export function serviceWorker(): AstroIntegration {
  let cacheFile = '';
  return {
    name: 'dossier-service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheFile = fileURLToPath(new URL('dossier-file-digests.json', config.cacheDir));
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const plan = precachePlan(await builtFiles(out, cacheFile));
        let source = await readFile(TEMPLATE, 'utf8');
        source = fill(source, "/*__DOSSIER_VERSION__*/ 'development'", plan.version);
        source = fill(source, '/*__DOSSIER_PRECACHE__*/ []', plan.precache);
        await writeFile(join(out, SERVICE_WORKER_FILE), source);
        logger.info(`${SERVICE_WORKER_FILE}: version ${plan.version}, ${plan.precache.length} files (${Math.round(plan.bytes / 1024)} KiB) precached`);
      },
    },
  };
}
