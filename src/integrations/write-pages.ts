/**
 * Writes the pages of the queued jobs into the output directory, skipping
 * every page whose HTML is byte for byte what the last build wrote and is
 * still on disk: a warm build after touching one article rewrites the few
 * pages that changed, not ninety thousand.
 */
import { hash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileFrame, fillFrame } from '../lib/render/page-frame.ts';
import type { PageDocument } from '../lib/render/page-document.ts';
import { fsThread, type FsThread } from './fs-thread.ts';
import type { OutputFile, PageJob } from './page-queue.ts';

/** What the last build wrote, by path below the output directory: `digest size mtimeMs stamp`. */
export type PageManifest = Map<string, string>;

/** Counts for the build log, by kind of page. */
export interface WriteReport {
  kinds: { kind: string; pages: number; written: number }[];
}

/** The pages a manifest records (every file the jobs vouch for, written now or unchanged), with their digests and sizes. */
export function manifestFiles(manifest: PageManifest): OutputFile[] {
  return [...manifest].map(([path, entry]) => {
    const [digest, size] = entry.split(' ');
    return { path, digest: digest!, bytes: Number(size) };
  });
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

/** The last build's record of a page, when its file is still there as written. */
function onDisk(file: string, recorded: string | undefined): { digest: string; stamp: string; file: string } | undefined {
  if (!recorded) return undefined;
  const [digest, size, mtimeMs, stamp] = recorded.split(' ');
  const stat = statSync(file, { throwIfNoEntry: false });
  if (!stat || String(stat.size) !== size || String(stat.mtimeMs) !== mtimeMs) return undefined;
  return { digest: digest!, stamp: stamp ?? '', file: `${size} ${mtimeMs}` };
}

/**
 * A page's digest from its frame's and its own values: the same as a digest
 * of its HTML for telling pages apart, without building the HTML of pages
 * that did not change, nor hashing the frame ninety thousand times.
 */
function pageDigest(frameDigest: string, path: string, page: PageDocument): string {
  const values = [frameDigest, path, page.title, page.description, page.ogType, page.published ?? '', page.canonical ?? '', page.head?.value ?? '', page.main.value];
  return hash('sha1', values.join('\u0000'), 'base64url');
}

/** The folder of the page at `path` (below the base, with its trailing slash): what the writer makes, and what `made` names. */
export function pageFolder(outDir: string, path: string): string {
  return dirname(join(outDir, `${path}index.html`));
}

/** Batches the thread may have to do before the writer waits for it: a few megabytes of pages, not the whole site. */
const IN_FLIGHT = 8;

/**
 * Fills each job's frame with each of its pages and writes what changed.
 * The frames themselves are removed: they are templates, not pages.
 * `previous` is the last build's manifest; the returned manifest replaces it.
 * The files are written by `thread` (see fs-thread.ts), in which `made`
 * page folders were already made; it is settled before this returns.
 */
export async function writePages(
  outDir: string,
  jobs: readonly PageJob[],
  previous: PageManifest,
  thread: FsThread = fsThread(),
  made: ReadonlySet<string> = new Set(),
): Promise<WriteReport & { manifest: PageManifest }> {
  const manifest: PageManifest = new Map();
  /** Pages handed to the thread: their manifest entry waits for its size and time. */
  const handed: Array<{ path: string; file: string; digest: string; stamp: string }> = [];
  const kinds: WriteReport['kinds'] = [];
  const frames = jobs.map((job) => {
    const file = join(outDir, job.frame);
    const source = readFileSync(file, 'utf8');
    return { frame: compileFrame(source, file), digest: hash('sha1', source, 'base64url') };
  });
  for (const job of jobs) rmSync(join(outDir, dirname(job.frame)), { recursive: true, force: true });
  for (const [i, job] of jobs.entries()) {
    let pages = 0;
    let written = 0;
    const { frame, digest: frameDigest } = frames[i]!;
    for (const source of job.pages()) {
      const path = `${source.path}index.html`;
      const file = join(outDir, path);
      pages += 1;
      if (manifest.has(path)) throw new Error(`Two pages claim ${path}: a ${job.kind} page and an earlier one.`);
      const stamp = hash('sha1', `${frameDigest}\u0000${source.stamp}`, 'base64url');
      const last = onDisk(file, previous.get(path));
      // Same frame, same inputs: the page is what the last build wrote, without making it.
      if (last?.stamp === stamp) {
        manifest.set(path, previous.get(path)!);
        continue;
      }
      const page = source.document();
      const digest = pageDigest(frameDigest, source.path, page);
      if (last?.digest === digest) {
        manifest.set(path, `${digest} ${last.file} ${stamp}`);
        continue;
      }
      if (!made.has(dirname(file))) thread.makeDir(dirname(file));
      thread.writeFile(file, fillFrame(frame, page, source.path), true);
      written += 1;
      manifest.set(path, ''); // keeps the page's place in the manifest until its size and time are known
      handed.push({ path, file, digest, stamp });
      if (handed.length % 64 === 0) await thread.drain(IN_FLIGHT);
    }
    kinds.push({ kind: job.kind, pages, written });
  }
  const files = await thread.settled();
  for (const { path, file, digest, stamp } of handed) {
    const { size, mtimeMs } = files.get(file)!;
    manifest.set(path, `${digest} ${size} ${mtimeMs} ${stamp}`);
  }
  return { kinds, manifest };
}
