/**
 * The hand-over between the routes that know a kind of page's data (they
 * can read the content collections) and the build step that writes those
 * pages (`page-writer.ts`). The route renders one frame through Astro and
 * queues its pages; the writer fills the frame once the build is done.
 *
 * The routes run from Astro's prerender bundle and the integration from the
 * config, so they hold different copies of this module; the queue lives on
 * `globalThis`, which both share in the one build process.
 */
import type { PageDocument } from '../lib/render/page-document.ts';

/** The route parameter of a frame: no slug or claim id can take it (both are `[a-z0-9-]`). */
export const FRAME_PARAM = '_frame';

/** One page to write: where, its stamp, and how to make it. */
export interface PageSource {
  /** Below the base, with the trailing slash: `c/c070665r6mj/`. */
  path: string;
  /** A digest of everything the page is made from (see `src/loaders/page-stamps.ts`): equal stamps in an unchanged frame make equal pages. */
  stamp: string;
  document: () => PageDocument;
}

/** A kind of page Dossier writes itself. */
export interface PageJob {
  /** For the build log: `claim`, `article`, … */
  kind: string;
  /** Where Astro writes the frame, below the output directory: `c/_frame/index.html`. */
  frame: string;
  /** The pages; a document is made only when its stamp changed. */
  pages: () => Iterable<PageSource>;
}

const QUEUE = Symbol.for('dossier.page-jobs');
type Holder = { [QUEUE]?: Map<string, PageJob> };

/** Queues a kind of page for writing after the build (a route calling again replaces its job). */
export function queuePages(job: PageJob): void {
  const holder = globalThis as Holder;
  (holder[QUEUE] ??= new Map()).set(job.kind, job);
}

/** The queued jobs, emptying the queue. */
export function takePageJobs(): PageJob[] {
  const holder = globalThis as Holder;
  const jobs = [...(holder[QUEUE]?.values() ?? [])];
  holder[QUEUE]?.clear();
  return jobs;
}

/** A file the build left in the output directory; the pages the writer wrote come with their digest and size. */
export interface OutputFile {
  path: string;
  digest?: string;
  bytes?: number;
}

const OUTPUT = Symbol.for('dossier.build-output');
type OutputHolder = { [OUTPUT]?: OutputFile[] };

/** Tells integrations after the page writer what the output holds, so none needs to list a hundred thousand files again. */
export function publishOutput(files: OutputFile[]): void {
  (globalThis as OutputHolder)[OUTPUT] = files;
}

/** What the page writer published for this build, or `undefined` when it did not run. */
export function takeOutput(): OutputFile[] | undefined {
  const holder = globalThis as OutputHolder;
  const files = holder[OUTPUT];
  delete holder[OUTPUT];
  return files;
}

/** What the content sync found, for the build's closing summary. */
export interface BuildFacts {
  articles: number;
  claims: number;
  /** Registry entities the articles name. */
  entities: number;
  warnings: number;
}

const FACTS = Symbol.for('dossier.build-facts');
type FactsHolder = { [FACTS]?: BuildFacts };

/** Records the content sync's counts (each sync replaces the last). */
export function noteBuildFacts(facts: BuildFacts): void {
  (globalThis as FactsHolder)[FACTS] = facts;
}

/** The counts of this build's content sync, if it ran in this process. */
export function buildFacts(): BuildFacts | undefined {
  return (globalThis as FactsHolder)[FACTS];
}
