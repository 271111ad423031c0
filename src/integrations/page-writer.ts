/**
 * The build step that writes the pages routes queue (claim, article and
 * original pages: most of a dossier's pages) from frames Astro rendered,
 * and the plain files they queue (the search index's chunks, dossier.json),
 * rewriting only pages that changed, and sweeps what earlier builds left.
 * A part of the `dossier()` integration, which runs its steps from Astro's
 * hooks and hands what it wrote to the service worker.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { count, plural } from '../lib/content/progress.ts';
import { frameReportingPrerenderer } from './frames-first.ts';
import { handedOverSync, onFilesQueued, onPagesAnnounced, queuedJobAt, takeFileJobs, takePageJobs } from '../build/handover.ts';
import { listFiles, readInventory, saveInventory, sweepStale } from '../build/sweep-stale.ts';
import { manifestFiles, readManifest, saveManifest, startWriting, type OutputFile, type PageManifest, type PageWriting } from './write-pages.ts';

/**
 * Files a build writes are newer than its start; coarse file-system clocks
 * can stamp a file slightly before `Date.now()` said the build began.
 */
const CLOCK_SLACK_MS = 1000;

/** The page writer's steps, in the order of Astro's hooks that run them. */
export interface PageWriter {
  /** `astro:config:setup`: keeps the last build's output (unchanged pages stay as they are, see src/build/sweep-stale.ts). */
  setup(command: string, updateConfig: (config: { vite: { build: { emptyOutDir: boolean } } }) => unknown): void;
  /** `astro:config:done`: where things are; a build starts writing now, so the content sync can announce pages. */
  configure(config: { cacheDir: URL; publicDir: URL; outDir: URL }): void;
  /** `astro:build:start`: each job's pages are written from the moment Astro has rendered its frame (see frames-first.ts). */
  start(setPrerenderer: ((make: (base: AstroPrerenderer) => AstroPrerenderer) => void) | undefined): void;
  /** `astro:build:done`: writes what is left, sweeps stale files, and returns every file the output now holds. */
  finish(assets: Map<string, URL[]>, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<OutputFile[]>;
}

/** A page writer for one Astro process (a test may build twice with one). */
export function pageWriter(): PageWriter {
  let manifestFile = '';
  let inventoryFile = '';
  let publicDir = '';
  let outDir = '';
  let buildStart = 0;
  let previous: PageManifest = new Map();
  let writing: PageWriting | undefined;
  let building = false;
  /** Whether the output directory was missing or empty when the build began: nothing in it can be stale. */
  let startedEmpty = false;
  /** Starts this build's writing: from the configuration on in `astro build`, so the content sync can announce pages. */
  const begin = () => {
    buildStart = Date.now();
    takePageJobs(); // nothing from an earlier build in this process (tests build twice)
    previous = readManifest(manifestFile);
    startedEmpty = !existsSync(outDir) || readdirSync(outDir).length === 0;
    const session = (writing = startWriting(outDir, previous));
    onPagesAnnounced((paths) => session.prepare(paths));
    onFilesQueued((job) => session.addFiles(job));
    return session;
  };
  return {
    setup: (command, updateConfig) => {
      building = command === 'build';
      updateConfig({ vite: { build: { emptyOutDir: false } } });
    },
    configure: (config) => {
      manifestFile = fileURLToPath(new URL('dossier-pages.json', config.cacheDir));
      inventoryFile = fileURLToPath(new URL('dossier-output.json', config.cacheDir));
      publicDir = fileURLToPath(config.publicDir);
      outDir = fileURLToPath(config.outDir);
      // The content sync comes before `astro:build:start`; the claim pages' folders are made while it runs.
      if (building) begin();
    },
    start: (setPrerenderer) => {
      const session = writing ?? begin();
      setPrerenderer?.((base) =>
        frameReportingPrerenderer(base, (pathname, html) => {
          const job = queuedJobAt(pathname);
          if (job) session.add(job, html, join(outDir, job.frame));
        }),
      );
    },
    finish: async (assets, logger) => {
      onPagesAnnounced(undefined);
      onFilesQueued(undefined);
      const started = performance.now();
      const jobs = takePageJobs();
      const fileJobs = takeFileJobs();
      const frames = new Set(jobs.map((job) => job.frame)); // templates, removed once filled
      const session = writing ?? begin();
      writing = undefined;
      // A frame Astro rendered without telling (another prerenderer) is read from where Astro wrote it.
      for (const job of jobs) if (!session.has(job.kind)) session.add(job, readFileSync(join(outDir, job.frame), 'utf8'), join(outDir, job.frame));
      for (const job of fileJobs) if (!session.has(job.kind)) session.addFiles(job);
      for (const job of jobs) rmSync(join(outDir, dirname(job.frame)), { recursive: true, force: true });
      const { kinds: byKind, manifest } = await session.finish();
      const kinds = jobs.map((job) => ({ kind: job.kind, ...byKind.get(job.kind)! }));
      saveManifest(manifestFile, manifest);
      // Without an inventory (first build, cache deleted), every file is a candidate; none is when the
      // build began with no output (a hundred thousand files listed for nothing: 2.6 s at 5,000 articles).
      const inventory = readInventory(inventoryFile) ?? (startedEmpty ? [] : listFiles(outDir));
      const candidates = [...inventory, ...listFiles(outDir, join(outDir, '_astro'))];
      // Astro's pages include those its incremental build kept from the last build, unchanged and older than this one.
      const astroPages = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')).filter((path) => !frames.has(path));
      const keep = new Set([...manifest.keys(), ...astroPages]);
      const { deleted: swept, written: rewritten } = sweepStale(outDir, candidates, keep, buildStart - CLOCK_SLACK_MS, new Set(previous.keys()));
      const output = new Map(manifestFiles(manifest).map((file): [string, OutputFile] => [file.path, file]));
      for (const path of [...rewritten, ...astroPages, ...listFiles(publicDir)]) if (!output.has(path)) output.set(path, { path });
      saveInventory(inventoryFile, output.keys());
      const pages = kinds.reduce((sum, k) => sum + k.pages, 0);
      const written = kinds.reduce((sum, k) => sum + k.written, 0);
      const kindCounts = kinds.map((k) => `${count(k.pages)} ${k.kind}`).join(', ');
      const files = fileJobs.map((job) => ({ kind: job.kind, ...byKind.get(job.kind)! }));
      const fileCounts = files.map((f) => `; ${plural(f.pages, `${f.kind} file`)}, ${count(f.written)} written`).join('');
      logger.info(
        `${plural(pages, 'page')} (${kindCounts}): ${count(written)} written, ${count(pages - written)} unchanged${fileCounts}; ` +
          `${plural(swept, 'stale file')} removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      // Astro's own count ("N page(s) built") is of the pages it rendered: the frames, not the dossier.
      const facts = handedOverSync()?.facts;
      if (facts) {
        const astroHtml = astroPages.filter((path) => path.endsWith('.html')).length;
        logger.info(
          `Dossier built: ${plural(facts.articles, 'article')}${facts.drafts ? ` (${plural(facts.drafts, 'draft')} left out)` : ''}, ${plural(facts.claims, 'claim')}, ${plural(facts.entities, 'entity', 'entities')} named, ` +
            `${plural(facts.warnings, 'warning')}; ${plural(pages + astroHtml, 'page')} (${count(pages)} from frames) in ${plural(output.size, 'file')}`,
        );
      }
      return [...output.values()];
    },
  };
}
