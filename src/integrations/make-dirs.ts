/**
 * Makes page folders on a thread of their own. A large dossier's claim
 * pages are tens of thousands of folders (`c/<id>/index.html`, so that
 * `/c/<id>/` works on any static host), and creating them costs the kernel
 * seconds. The folders are known as soon as the routes queue their pages,
 * while Astro still renders its own: made meanwhile on the other core, they
 * are ready when the page writer starts.
 */
import { Worker } from 'node:worker_threads';

/** The thread: plain CommonJS, so it runs wherever the integration does, with no loader for TypeScript. */
const THREAD = `
const { mkdirSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
for (const dir of workerData) mkdirSync(dir, { recursive: true });
parentPort.postMessage(workerData.length);
`;

/** Starts making `dirs` (absolute paths); settles once all exist, or fails with the thread's error. */
export function makeDirsInBackground(dirs: readonly string[]): Promise<void> {
  if (dirs.length === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const thread = new Worker(THREAD, { eval: true, workerData: dirs });
    thread.once('message', () => resolve());
    thread.once('error', reject);
    thread.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Making ${dirs.length} page folders stopped with exit code ${code}.`))));
  });
}
