/**
 * Writes the pages of the queued jobs into the output directory, skipping
 * every page whose HTML is byte for byte what the last build wrote and is
 * still on disk: a warm build after touching one article rewrites the few
 * pages that changed, not ninety thousand.
 */
import { mkdirSync, readFileSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileFrame, fillFrame } from '../lib/render/page-frame.ts';
import { fsThread, textDigest, type FsThread } from '../build/fs-thread.ts';
import type { FileJob, PageJob } from '../build/handover.ts';

/** A file the build left in the output directory; the pages the writer wrote come with their digest and size. */
export interface OutputFile {
  path: string;
  digest?: string;
  bytes?: number;
}

/** What the last build wrote, by path below the output directory: `digest size mtimeMs stamp`. */
export type PageManifest = Map<string, string>;

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

/** Removes `folder` when nothing is in it. */
function removeIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Not empty (the last build's files are the sweep's business) or already gone.
  }
}

/** Batches the thread may have to do before the writer waits for it: a few megabytes of pages, not the whole site. */
const IN_FLIGHT = 8;

/** Pages (or files) of one kind: how many the jobs vouch for, and how many were written. */
export interface KindReport {
  pages: number;
  written: number;
}

/** Writing in progress: jobs are added as their frames are rendered, and written one after the other. */
export interface PageWriting {
  /** Fills `job`'s frame (`frameHtml`, rendered at `frameFile`) with each of its pages and writes what changed, after the jobs added before. */
  add: (job: PageJob, frameHtml: string, frameFile: string) => void;
  /** Writes `job`'s files that changed, after the jobs added before. */
  addFiles: (job: FileJob) => void;
  /** Makes the folders of pages to come (paths below the output directory, with the trailing slash) that the last build did not write. */
  prepare: (paths: readonly string[]) => void;
  /** Whether a job of this kind was added. */
  has: (kind: string) => boolean;
  /** Waits for every added job and its files: the counts by kind, and the manifest that replaces `previous`. Rejects with the first failure. */
  finish: () => Promise<{ kinds: ReadonlyMap<string, KindReport>; manifest: PageManifest }>;
}

/**
 * Starts writing pages into `outDir`, on `thread` (see fs-thread.ts), while
 * the caller goes on: the page writer adds each job as soon as Astro has
 * rendered its frame, so that the files are made while Astro renders its
 * other pages rather than after them. `previous` is the last build's
 * manifest: a page it records, still on disk as written, is left alone.
 */
export function startWriting(outDir: string, previous: PageManifest, thread: FsThread = fsThread()): PageWriting {
  const manifest: PageManifest = new Map();
  /** Pages handed to the thread: their manifest entry waits for its size and time. */
  const handed: Array<{ path: string; file: string; stamp: string }> = [];
  const kinds = new Map<string, KindReport>();
  /** Folders made ahead of their pages, by the page's path below the output directory. */
  const prepared = new Map<string, string>();
  let chain = Promise.resolve();

  /**
   * Writes the file at `path` (below the output directory) unless the last
   * build wrote it from the same `stamp`, or the same text. Returns whether
   * the caller should let the thread catch up (not an await per page).
   */
  function writeOne(kind: string, path: string, stamp: string, text: () => string | Uint8Array): boolean {
    const file = join(outDir, path);
    const report = kinds.get(kind)!;
    report.pages += 1;
    if (manifest.has(path)) throw new Error(`Two pages claim ${path}: a ${kind} page and an earlier one.`);
    const last = onDisk(file, previous.get(path));
    // Same frame, same inputs: the page is what the last build wrote, without making it.
    if (last?.stamp === stamp) {
      manifest.set(path, previous.get(path)!);
      return false;
    }
    const made = text();
    // Made again, but byte for byte the same page (another article's edit changed only its stamp).
    if (last && last.digest === textDigest(made)) {
      manifest.set(path, `${last.digest} ${last.file} ${stamp}`);
      return false;
    }
    if (!prepared.has(path)) thread.makeDir(dirname(file));
    thread.writeFile(file, made, true); // the thread computes the digest: ninety thousand hashes off this thread
    report.written += 1;
    manifest.set(path, ''); // keeps the page's place in the manifest until its size, time and digest are known
    handed.push({ path, file, stamp });
    return handed.length % 64 === 0;
  }

  async function write(job: PageJob, frameHtml: string, frameFile: string): Promise<void> {
    const frame = compileFrame(frameHtml, frameFile);
    const frameDigest = textDigest(frameHtml);
    for (const source of job.pages()) {
      const stamp = textDigest(`${frameDigest}\u0000${source.stamp}`);
      if (writeOne(job.kind, `${source.path}index.html`, stamp, () => fillFrame(frame, source.document(), source.path))) await thread.drain(IN_FLIGHT);
    }
    thread.flush();
  }

  async function writeFiles(job: FileJob): Promise<void> {
    for (const source of job.files()) if (writeOne(job.kind, source.path, source.stamp, source.text)) await thread.drain(IN_FLIGHT);
    thread.flush();
  }

  /** Starts a job of `kind` after the jobs added before; its failure is reported by finish(). */
  function enqueue(kind: string, twice: string, run: () => Promise<void>): void {
    if (kinds.has(kind)) throw new Error(twice);
    kinds.set(kind, { pages: 0, written: 0 });
    chain = chain.then(run);
    chain.catch(() => undefined); // reported by finish(), not as an unhandled rejection while Astro renders
  }

  return {
    add: (job, frameHtml, frameFile) => enqueue(job.kind, `The frame of the ${job.kind} pages was rendered twice.`, () => write(job, frameHtml, frameFile)),
    addFiles: (job) => enqueue(job.kind, `The ${job.kind} files were queued twice.`, () => writeFiles(job)),
    prepare: (paths) => {
      for (const folderPath of paths) {
        const path = `${folderPath}index.html`;
        if (previous.has(path) || prepared.has(path)) continue;
        const folder = dirname(join(outDir, path));
        prepared.set(path, folder);
        thread.makeDir(folder);
      }
      thread.flush();
    },
    has: (kind) => kinds.has(kind),
    finish: async () => {
      let failed: { error: unknown } | undefined;
      await chain.catch((error: unknown) => void (failed = { error }));
      // Settled even after a failed job, so that the thread ends; the job's failure is the one reported.
      const files = await thread.settled().catch((error: unknown) => Promise.reject(failed ? failed.error : error));
      if (failed) throw failed.error;
      // A folder made for a page no job wrote would be left empty in the output.
      for (const [path, folder] of prepared) if (!manifest.has(path)) removeIfEmpty(folder);
      for (const { path, file, stamp } of handed) {
        const { size, mtimeMs, digest } = files.get(file)!;
        manifest.set(path, `${digest} ${size} ${mtimeMs} ${stamp}`);
      }
      return { kinds, manifest };
    },
  };
}
