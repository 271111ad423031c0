/**
 * Writes the service worker into the built site (`sw.js` at the base): the
 * worker of service-worker.js with this build's version and precache list
 * (see precache-plan.ts), computed from every file the build wrote.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { SERVICE_WORKER_FILE, precachePlan, type BuiltFile } from '../lib/offline/precache-plan.ts';
import type { OutputFile } from './write-pages.ts';

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
 * Every file of the built site with its digest. The page writer knows its
 * pages' digests; any other file whose size and modification time are what
 * they were last build keeps its digest, as a large dossier's output is too
 * big to read whole on every build.
 */
async function builtFiles(dir: string, output: readonly OutputFile[], cacheFile: string): Promise<BuiltFile[]> {
  const cache = await readDigestCache(cacheFile);
  const next: DigestCache = {};
  const files = output.map(({ path, digest, bytes }): BuiltFile => {
    if (digest !== undefined && bytes !== undefined) return { path, bytes, digest };
    // Synchronous on purpose: one awaited call per file costs a thread-pool round trip apiece.
    const full = join(dir, path);
    const { size, mtimeMs } = statSync(full);
    const known = cache[path];
    const hashed = known?.startsWith(`${size} ${mtimeMs} `) ? known.slice(known.lastIndexOf(' ') + 1) : createHash('sha256').update(readFileSync(full)).digest('hex');
    next[path] = `${size} ${mtimeMs} ${hashed}`;
    return { path, bytes: size, digest: hashed };
  });
  await mkdir(dirname(cacheFile), { recursive: true });
  await writeFile(cacheFile, JSON.stringify(next));
  return files;
}

/** Replaces a placeholder of the template by a value as a literal (JSON is JavaScript). */
function fill(template: string, placeholder: string, value: unknown): string {
  if (!template.includes(placeholder)) throw new Error(`service-worker.js lost its placeholder ${placeholder}`);
  return template.replace(placeholder, () => JSON.stringify(value));
}

/**
 * Writes `sw.js` into `outDir`, listing `output` (every file of the built
 * site, as the page writer returned it); `cacheFile` keeps the digests of
 * files the writer did not write, for the next build.
 */
export async function writeServiceWorker(outDir: string, output: readonly OutputFile[], cacheFile: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const plan = precachePlan(await builtFiles(outDir, output, cacheFile));
  let source = await readFile(TEMPLATE, 'utf8');
  source = fill(source, "/*__DOSSIER_VERSION__*/ 'development'", plan.version);
  source = fill(source, '/*__DOSSIER_PRECACHE__*/ []', plan.precache);
  await writeFile(join(outDir, SERVICE_WORKER_FILE), source);
  logger.info(`${SERVICE_WORKER_FILE}: version ${plan.version}, ${plan.precache.length} files (${Math.round(plan.bytes / 1024)} KiB) precached`);
}
