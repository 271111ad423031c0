/**
 * File-system work on a thread of its own. A large dossier's build makes
 * tens of thousands of files and folders: every claim page is a folder
 * (`c/<id>/index.html`, so that `/c/<id>/` works on any static host), and
 * every article has its HTML and details in the article cache. Creating
 * them costs the kernel seconds; handed to a thread, that work runs on the
 * other core while the build goes on (the loader renders the next article,
 * Astro renders its pages, the page writer fills the next page), and the
 * caller waits only for what is left.
 */
import { hash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** The thread: plain CommonJS, so it runs wherever the build does, with no loader for TypeScript. */
const THREAD = `
const { hash } = require('node:crypto');
const { mkdirSync, statSync, writeFileSync } = require('node:fs');
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => {
  const written = [];
  try {
    for (const [path, text, report] of batch) {
      if (text === null) {
        mkdirSync(path, { recursive: true });
        continue;
      }
      writeFileSync(path, text);
      if (report) {
        const stat = statSync(path);
        written.push([path, stat.size, stat.mtimeMs, hash('sha1', text, 'base64url')]);
      }
    }
    parentPort.postMessage({ written });
  } catch (error) {
    parentPort.postMessage({ written, error });
  }
});
`;

/** Jobs are sent in batches: one message per file would cost more than the file. */
const BATCH = 256;

/** Size and modification time of a written file, as the thread found them right after writing it, and its digest. */
export interface WrittenFile {
  size: number;
  mtimeMs: number;
  /** {@link textDigest} of what was written. */
  digest: string;
}

/** The digest the thread reports of a file's text: SHA-1, base64url. */
export function textDigest(text: string | Uint8Array): string {
  return hash('sha1', text, 'base64url');
}

/** A thread taking file-system jobs, done in the order given. */
export interface FsThread {
  /** Makes the folder `dir` (absolute), parents included. */
  makeDir: (dir: string) => void;
  /** Writes `text` to `file` (absolute), whose folder must exist or be made by an earlier job; `report` asks for its size, time and digest (computed on the thread, not by the caller). */
  writeFile: (file: string, text: string | Uint8Array, report?: boolean) => void;
  /** Hands the jobs given so far to the thread now, rather than once a batch is full. */
  flush: () => void;
  /** Waits until at most `batches` batches are still to do, so that a fast caller does not pile up gigabytes of text. */
  drain: (batches: number) => Promise<void>;
  /** Resolves once every job is done, with the reported files; rejects with the first failure (naming the path). Ends the thread. */
  settled: () => Promise<ReadonlyMap<string, WrittenFile>>;
}

/** Starts a thread for file-system jobs (none until the first job). */
export function fsThread(): FsThread {
  let thread: Worker | undefined;
  let batch: Array<[string, string | Uint8Array | null, boolean]> = [];
  let pending = 0;
  let failure: Error | undefined;
  let waiting: Array<{ batches: number; resolve: () => void }> = [];
  const written = new Map<string, WrittenFile>();
  const wake = () => {
    waiting = waiting.filter((w) => (pending <= w.batches ? (w.resolve(), false) : true));
  };
  const send = () => {
    if (batch.length === 0) return;
    if (!thread) {
      thread = new Worker(THREAD, { eval: true });
      thread.on('message', (reply: { written: Array<[string, number, number, string]>; error?: Error }) => {
        for (const [path, size, mtimeMs, digest] of reply.written) written.set(path, { size, mtimeMs, digest });
        failure ??= reply.error;
        pending -= 1;
        // Idle, it must not keep the process alive: a build that fails before waiting for it still ends.
        if (pending === 0) thread?.unref();
        wake();
      });
      thread.on('error', (error) => {
        failure ??= error;
        pending = 0;
        wake();
      });
    }
    pending += 1;
    thread.ref();
    thread.postMessage(batch);
    batch = [];
  };
  const add = (job: [string, string | Uint8Array | null, boolean]) => {
    batch.push(job);
    if (batch.length >= BATCH) send();
  };
  const drain = (batches: number) => (pending <= batches ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ batches, resolve })));
  return {
    makeDir: (dir) => add([dir, null, false]),
    writeFile: (file, text, report = false) => add([file, text, report]),
    flush: send,
    drain,
    settled: async () => {
      send();
      await drain(0);
      await thread?.terminate();
      thread = undefined;
      if (failure) throw failure;
      return written;
    },
  };
}
