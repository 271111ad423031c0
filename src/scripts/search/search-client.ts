/**
 * The page's side of the search worker: one worker per page, started when
 * search is first used, which loads the index core at once so the first
 * query finds it ready. Only the answer to the latest query is delivered;
 * older ones still in flight are dropped, so results never go backwards
 * while the reader types.
 */
import type { SearchRequest, SearchResponse } from '../../lib/search/search-types.ts';
import type { WorkerReply } from './search-worker.ts';

export class SearchClient {
  private readonly worker: Worker;
  private latest = 0;
  private readonly waiting = new Map<number, { resolve: (r: SearchResponse | undefined) => void; reject: (e: Error) => void }>();

  /** @param base absolute URL of the site's base, where `search/index.json` lives below */
  constructor(base: string) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
    this.worker.addEventListener('message', ({ data }: MessageEvent<WorkerReply>) => {
      const waiter = this.waiting.get(data.id);
      if (!waiter) return;
      this.waiting.delete(data.id);
      if ('error' in data) waiter.reject(new Error(data.error));
      else waiter.resolve(data.id === this.latest ? data.response : undefined);
    });
    this.worker.postMessage({ type: 'open', base });
  }

  /** The results of `request`, or undefined when a newer request was made meanwhile. */
  search(request: SearchRequest): Promise<SearchResponse | undefined> {
    const id = ++this.latest;
    for (const [older, waiter] of this.waiting) {
      this.waiting.delete(older);
      waiter.resolve(undefined);
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'search', id, request });
    });
  }
}
