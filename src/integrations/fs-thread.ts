/**
 * File-system work on a thread of its own. A large dossier's build makes
 * tens of thousands of files and folders: every claim page is a folder
 * (`c/<id>/index.html`, so that `/c/<id>/` works on any static host), and
 * every article has its HTML and details in the article cache. Creating
 * them costs the kernel seconds; handed to a thread, that work runs on the
 * other core while the build goes on (the loader renders the next article,
 * Astro renders its pages), and the caller waits only for what is left.
 */
import { Worker } from 'node:worker_threads';

/** The thread: plain CommonJS, so it runs wherever the build does, with no loader for TypeScript. */
const THREAD = `
const { mkdirSync, writeFileSync } = require('node:fs');
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (batch) => {
  try {
    for (const [path, text] of batch) {
      if (text === null) mkdirSync(path, { recursive: true });
      else writeFileSync(path, text);
    }
    parentPort.postMessage(null);
  } catch (error) {
    parentPort.postMessage(error);
  }
});
`;

/** Jobs are sent in batches: one message per file would cost more than the file. */
const BATCH = 256;

/** A thread taking file-system jobs; `settled` waits for all of them, then ends the thread. */
export interface FsThread {
  /** Makes the folder `dir` (absolute), parents included. */
  makeDir: (dir: string) => void;
  /** Writes `text` to `file` (absolute), whose folder must exist or be made by an earlier job. */
  writeFile: (file: string, text: string) => void;
  /** Resolves once every job is done; rejects with the first failure (naming the path). */
  settled: () => Promise<void>;
}

/** Starts a thread for file-system jobs (none until the first job). */
export function fsThread(): FsThread {
  let thread: Worker | undefined;
  let batch: Array<[string, string | null]> = [];
  let pending = 0;
  let failure: Error | undefined;
  let wake: (() => void) | undefined;
  const send = () => {
    if (batch.length === 0) return;
    if (!thread) {
      thread = new Worker(THREAD, { eval: true });
      thread.on('message', (error: Error | null) => {
        failure ??= error ?? undefined;
        pending -= 1;
        if (pending > 0) return;
        // Idle, it must not keep the process alive: a build that fails before waiting for it still ends.
        thread?.unref();
        wake?.();
      });
      thread.on('error', (error) => {
        failure ??= error;
        pending = 0;
        wake?.();
      });
    }
    pending += 1;
    thread.ref();
    thread.postMessage(batch);
    batch = [];
  };
  const add = (job: [string, string | null]) => {
    batch.push(job);
    if (batch.length >= BATCH) send();
  };
  return {
    makeDir: (dir) => add([dir, null]),
    writeFile: (file, text) => add([file, text]),
    settled: async () => {
      send();
      if (pending > 0) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      await thread?.terminate();
      thread = undefined;
      if (failure) throw failure;
    },
  };
}
