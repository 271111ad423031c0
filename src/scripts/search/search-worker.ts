/**
 * The search worker: runs the search engine off the page's main thread, so
 * typing never stutters while postings are decoded and ranked. Fetches go
 * to the site's own origin only (and, offline, to its service worker).
 */
import { SearchEngine } from '../../lib/search/search-engine.ts';
import type { SearchRequest, SearchResponse } from '../../lib/search/search-types.ts';

/** What the page sends. */
export type WorkerRequest = { type: 'open'; base: string } | { type: 'search'; id: number; request: SearchRequest };
/** What the worker answers to a search. */
export type WorkerReply = { id: number; response: SearchResponse | undefined } | { id: number; error: string };

let base = '';
let engine: Promise<SearchEngine> | undefined;
/** The newest search asked for: older ones still waiting are skipped. */
let newest = 0;

function open(): Promise<SearchEngine> {
  engine ??= SearchEngine.open(async (path) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}: ${path}`);
    return response.json();
  });
  // A failed start (offline before the first visit) is retried by the next query.
  engine.catch(() => (engine = undefined));
  return engine;
}

self.addEventListener('message', async ({ data }: MessageEvent<WorkerRequest>) => {
  if (data.type === 'open') {
    base = data.base;
    open().catch(() => {});
    return;
  }
  newest = data.id;
  try {
    const search = await open();
    const response = data.id === newest ? await search.search(data.request) : undefined;
    self.postMessage({ id: data.id, response } satisfies WorkerReply);
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error) } satisfies WorkerReply);
  }
});
