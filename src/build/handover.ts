/**
 * The one hand-over of a build process: what the content sync, the routes
 * and the `dossier()` integration pass each other. Astro loads the
 * integration from the config, the loaders in the content layer and the
 * routes from the prerender bundle: three copies of every module, which
 * share only `globalThis`. So everything handed over lives here, on one
 * key, in one typed value; no other module touches `globalThis`.
 *
 * What passes, and in which direction:
 * - the publication mode: integration → sync (set before the sync runs);
 * - the sync's result, written once per sync: sync → routes and integration;
 * - pages announced during the sync: sync → page writer (it makes folders meanwhile);
 * - page and file jobs: routes → page writer.
 */
import type { Ledger } from '../lib/claims/claim-ledger.ts';
import type { PublicationMode } from '../lib/content/publication.ts';
import type { PageDocument } from '../lib/render/page-document.ts';
import type { ArticleDetails } from '../loaders/article-details.ts';

/** The route parameter of a frame: no slug or claim id can take it (both are `[a-z0-9-]`). */
export const FRAME_PARAM = '_frame';

/** One page to write: where, its stamp, and how to make it. */
export interface PageSource {
  /** Below the base, with the trailing slash: `c/c070665r6mj/`. */
  path: string;
  /** A digest of everything the page is made from (see `src/build/page-stamps.ts`): equal stamps in an unchanged frame make equal pages. */
  stamp: string;
  document: () => PageDocument;
}

/** A kind of page Dossier writes itself, from a frame Astro rendered. */
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

/** A reconciled ledger a build publishes, as the file's bytes (the sync keeps their digest, see `readLedger`), with one line about what changed (see `describeChanges`). */
export interface LedgerToWrite {
  bytes: Uint8Array;
  changes: string;
}

/** What one content sync made, handed over whole once it is done. */
export interface SyncResult {
  /** The claim ledger reconciled against the file at `version` (see `ledgerVersion`); pages use it while the file is unchanged. */
  ledger: { version: string; ledger: Ledger };
  /** Every article's details by the cache key of their JSON: the very values the cache holds. */
  details: ReadonlyMap<string, ArticleDetails>;
  /** The ledger a build writes once its pages are written; `undefined` in a preview. */
  toWrite: LedgerToWrite | undefined;
  facts: BuildFacts;
}

interface Handover {
  mode?: PublicationMode;
  sync?: SyncResult;
  jobs: Map<string, PageJob>;
  fileJobs: Map<string, FileJob>;
  /** Told of each file job as it is queued (the writer writes its files while Astro renders). */
  onFilesQueued?: ((job: FileJob) => void) | undefined;
  /** Told of the pages a build will write, as soon as the content sync knows them. */
  onAnnounced?: ((paths: readonly string[]) => void) | undefined;
}

const HANDOVER = Symbol.for('dossier.build-handover');

function handover(): Handover {
  const holder = globalThis as { [HANDOVER]?: Handover };
  return (holder[HANDOVER] ??= { jobs: new Map(), fileJobs: new Map() });
}

/** Records whether this process previews or publishes (from `astro:config:setup`, before the sync). */
export function setPublicationMode(mode: PublicationMode): void {
  handover().mode = mode;
}

/** The mode of this process; `publish` unless told otherwise, so no draft is ever published by default. */
export function publicationMode(): PublicationMode {
  return handover().mode ?? 'publish';
}

/** Hands over a sync's result, replacing the last (`astro dev` syncs again on every edit). */
export function handOverSync(result: SyncResult): void {
  handover().sync = result;
}

/** The last sync's result in this process, if one ran. */
export function handedOverSync(): SyncResult | undefined {
  return handover().sync;
}

/** The ledger the last sync reconciled against the file at `version`; `undefined` when the file has changed since, or no sync ran. */
export function handedOverLedger(version: string): Ledger | undefined {
  const handed = handover().sync?.ledger;
  return handed?.version === version ? handed.ledger : undefined;
}

/** The details the last sync made or reused under `key`, if any. */
export function handedOverDetails(key: string): ArticleDetails | undefined {
  return handover().sync?.details.get(key);
}

/** The ledger a build is to write, once: a second build in the process hands over its own. */
export function takeLedgerToWrite(): LedgerToWrite | undefined {
  const { sync } = handover();
  const toWrite = sync?.toWrite;
  if (sync) sync.toWrite = undefined;
  return toWrite;
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
