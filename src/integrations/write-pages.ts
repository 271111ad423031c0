/**
 * Writes the pages of the queued jobs into the output directory, skipping
 * every page whose HTML is byte for byte what the last build wrote and is
 * still on disk: a warm build after touching one article rewrites the few
 * pages that changed, not ninety thousand.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileFrame, fillFrame } from '../lib/render/page-frame.ts';
import type { PageJob } from './page-queue.ts';

/** What the last build wrote, by path below the output directory: `hash size mtimeMs`. */
export type PageManifest = Map<string, string>;

/** Counts for the build log, by kind of page. */
export interface WriteReport {
  kinds: { kind: string; pages: number; written: number }[];
  /** Every file the jobs vouch for (written now or unchanged), below the output directory. */
  files: Set<string>;
}

/** Reads the manifest of the last build; a missing or damaged one only costs rewriting every page. */
export function readManifest(file: string): PageManifest {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/** Saves the manifest for the next build. */
export function saveManifest(file: string, manifest: PageManifest): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(Object.fromEntries(manifest)));
}

function unchanged(file: string, hash: string, recorded: string | undefined): boolean {
  if (!recorded?.startsWith(`${hash} `)) return false;
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && `${hash} ${stat.size} ${stat.mtimeMs}` === recorded;
}

/**
 * Fills each job's frame with each of its pages and writes what changed.
 * The frames themselves are removed: they are templates, not pages.
 * `previous` is the last build's manifest; the returned manifest replaces it.
 */
export function writePages(outDir: string, jobs: readonly PageJob[], previous: PageManifest): WriteReport & { manifest: PageManifest } {
  const manifest: PageManifest = new Map();
  const files = new Set<string>();
  const kinds: WriteReport['kinds'] = [];
  const frames = jobs.map((job) => {
    const file = join(outDir, job.frame);
    return compileFrame(readFileSync(file, 'utf8'), file);
  });
  for (const job of jobs) rmSync(join(outDir, dirname(job.frame)), { recursive: true, force: true });
  jobs.forEach((job, i) => {
    let pages = 0;
    let written = 0;
    for (const page of job.pages()) {
      const html = fillFrame(frames[i]!, page);
      const path = `${page.path}index.html`;
      const file = join(outDir, path);
      const hash = createHash('sha1').update(html).digest('base64url');
      pages += 1;
      files.add(path);
      if (manifest.has(path)) throw new Error(`Two pages claim ${path}: a ${job.kind} page and an earlier one.`);
      if (unchanged(file, hash, previous.get(path))) {
        manifest.set(path, previous.get(path)!);
        continue;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, html);
      written += 1;
      const stat = statSync(file);
      manifest.set(path, `${hash} ${stat.size} ${stat.mtimeMs}`);
    }
    kinds.push({ kind: job.kind, pages, written });
  });
  return { kinds, files, manifest };
}
