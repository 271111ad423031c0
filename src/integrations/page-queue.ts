/**
 * The hand-over between the routes that know a kind of page's data (they
 * can read the content collections) and the build step that writes those
 * pages (`page-writer.ts`). The route renders one frame through Astro and
 * queues its pages; the writer fills the frame once the build is done.
 * Routes of plain files (the search index's chunks, dossier.json) queue the files alone.
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

/** One file to write as it is (no frame): where, its stamp, and its text or bytes. */
export interface FileSource {
  /** Below the base: `search/<version>/p0.json`. */
  path: string;
  /** A digest of everything the file is made from: an equal stamp means the file the last build wrote. */
  stamp: string;
  text: () => string | Uint8Array;
}

/** Files Dossier writes itself, not through Astro: a Response each (and copies of a 46 MB `dossier.json`) for nothing. */
export interface FileJob {
  /** For the build log: `search index`, `export`. */
  kind: string;
  files: () => Iterable<FileSource>;
}

/** A file the build left in the output directory; the pages the writer wrote come with their digest and size. */
export interface OutputFile {
  path: string;
  digest?: string;
  bytes?: number;
}

/** What the content sync found, for the build's closing summary. */
export interface BuildFacts {
  articles: number;
  /** Drafts the build left out (`status: draft`); absent counts as none. */
  drafts?: number;
  claims: number;
  /** Registry entities the articles name. */
  entities: number;
  warnings: number;
}

/** Everything handed over in one build process, on one `globalThis` key. */
interface Handover {
  jobs: Map<string, PageJob>;
  fileJobs: Map<string, FileJob>;
  /** Told of each file job as it is queued (the writer writes its files while Astro renders). */
  onFilesQueued?: ((job: FileJob) => void) | undefined;
  /** Told of the pages a build will write, as soon as the content sync knows them (the writer makes their folders meanwhile). */
  onAnnounced?: ((paths: readonly string[]) => void) | undefined;
  output?: OutputFile[];
  facts?: BuildFacts;
}

const HANDOVER = Symbol.for('dossier.build-handover');

function handover(): Handover {
  const holder = globalThis as { [HANDOVER]?: Handover };
  return (holder[HANDOVER] ??= { jobs: new Map(), fileJobs: new Map() });
}

/** Queues a kind of page for writing after the build (a route calling again replaces its job). */
export function queuePages(job: PageJob): void {
  handover().jobs.set(job.kind, job);
}

/** Queues files for writing (a route calling again replaces its job). */
export function queueFiles(job: FileJob): void {
  const state = handover();
  state.fileJobs.set(job.kind, job);
  state.onFilesQueued?.(job);
}

/** Calls `listener` with every file job queued from now on (`undefined` stops). */
export function onFilesQueued(listener: ((job: FileJob) => void) | undefined): void {
  handover().onFilesQueued = listener;
}

/**
 * Tells the page writer, from the content sync, of pages a route will queue
 * (paths below the base, with the trailing slash): it can make their folders
 * before Astro renders a page. Nothing happens outside a build.
 */
export function announcePages(paths: readonly string[]): void {
  handover().onAnnounced?.(paths);
}

/** Calls `listener` with every announcement from now on (`undefined` stops). */
export function onPagesAnnounced(listener: ((paths: readonly string[]) => void) | undefined): void {
  handover().onAnnounced = listener;
}

/** The job whose frame Astro renders at `pathname` (a URL path, base included), if one is queued. */
export function queuedJobAt(pathname: string): PageJob | undefined {
  const path = pathname.replace(/\/+$/, '');
  return [...handover().jobs.values()].find((job) => path.endsWith(`/${job.frame.replace(/\/index\.html$/, '')}`));
}

/** The queued jobs, emptying the queue. */
export function takePageJobs(): PageJob[] {
  const { jobs } = handover();
  const taken = [...jobs.values()];
  jobs.clear();
  return taken;
}

/** The queued file jobs, emptying their queue. */
export function takeFileJobs(): FileJob[] {
  const { fileJobs } = handover();
  const taken = [...fileJobs.values()];
  fileJobs.clear();
  return taken;
}

/** Tells integrations after the page writer what the output holds, so none needs to list a hundred thousand files again. */
export function publishOutput(files: OutputFile[]): void {
  handover().output = files;
}

/** What the page writer published for this build, or `undefined` when it did not run. */
export function takeOutput(): OutputFile[] | undefined {
  const state = handover();
  const { output } = state;
  delete state.output;
  return output;
}

/** Records the content sync's counts (each sync replaces the last). */
export function noteBuildFacts(facts: BuildFacts): void {
  handover().facts = facts;
}

/** The counts of this build's content sync, if it ran in this process. */
export function buildFacts(): BuildFacts | undefined {
  return handover().facts;
}
