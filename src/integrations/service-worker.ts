/**
 * Writes the service worker into the built site (`sw.js` at the base): the
 * worker of service-worker.js with this build's version and precache list
 * (see precache-plan.ts), computed from every file the build wrote.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SERVICE_WORKER_FILE, precachePlan, type BuiltFile } from '../lib/offline/precache-plan.ts';

const TEMPLATE = new URL('./service-worker.js', import.meta.url);

async function builtFiles(dir: string): Promise<BuiltFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((e) => e.isFile())
      .map(async (e) => {
        const full = join(e.parentPath, e.name);
        const bytes = await readFile(full);
        return { path: relative(dir, full).split(sep).join('/'), bytes: bytes.length, digest: createHash('sha256').update(bytes).digest('hex') };
      }),
  );
}

/** Replaces a placeholder of the template by a value as a literal (JSON is JavaScript). */
function fill(template: string, placeholder: string, value: unknown): string {
  if (!template.includes(placeholder)) throw new Error(`service-worker.js lost its placeholder ${placeholder}`);
  return template.replace(placeholder, () => JSON.stringify(value));
}

/** The integration; add it to `integrations` in astro.config.mjs. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'dossier-service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const plan = precachePlan(await builtFiles(out));
        let source = await readFile(TEMPLATE, 'utf8');
        source = fill(source, "/*__DOSSIER_VERSION__*/ 'development'", plan.version);
        source = fill(source, '/*__DOSSIER_PRECACHE__*/ []', plan.precache);
        await writeFile(join(out, SERVICE_WORKER_FILE), source);
        logger.info(`${SERVICE_WORKER_FILE}: version ${plan.version}, ${plan.precache.length} files (${Math.round(plan.bytes / 1024)} KiB) precached`);
      },
    },
  };
}
