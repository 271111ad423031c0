/**
 * The build step that writes the pages routes queue (claim, article and
 * original pages: most of a dossier's pages) from frames Astro rendered,
 * rewriting only pages that changed, and sweeps what earlier builds left.
 * Add it to `integrations` before any integration that reads the output
 * (the service worker lists every page).
 */
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { count, plural } from '../lib/content/progress.ts';
import { fsThread } from './fs-thread.ts';
import { buildFacts, onPagesQueued, publishOutput, takePageJobs, type OutputFile } from './page-queue.ts';
import { listFiles, readInventory, saveInventory, sweepStale } from './sweep-stale.ts';
import { manifestFiles, pageFolder, readManifest, saveManifest, writePages, type PageManifest } from './write-pages.ts';

/**
 * Files a build writes are newer than its start; coarse file-system clocks
 * can stamp a file slightly before `Date.now()` said the build began.
 */
const CLOCK_SLACK_MS = 1000;

/** The integration; add it to `integrations` in astro.config.mjs. */
export function pageWriter(): AstroIntegration {
  let manifestFile = '';
  let inventoryFile = '';
  let publicDir = '';
  let outDir = '';
  let buildStart = 0;
  let previous: PageManifest = new Map();
  /** Folders of new pages, made on another thread while Astro renders (see fs-thread.ts). */
  let folders = { made: new Set<string>(), thread: fsThread() };
  return {
    name: 'dossier-pages',
    hooks: {
      // Keep the last build's output: unchanged pages stay as they are (see sweep-stale.ts).
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        manifestFile = fileURLToPath(new URL('dossier-pages.json', config.cacheDir));
        inventoryFile = fileURLToPath(new URL('dossier-output.json', config.cacheDir));
        publicDir = fileURLToPath(config.publicDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        buildStart = Date.now();
        takePageJobs(); // nothing from an earlier build in this process (tests build twice)
        previous = readManifest(manifestFile);
        const { made, thread } = (folders = { made: new Set(), thread: fsThread() });
        onPagesQueued((job) => {
          for (const page of job.pages()) {
            if (previous.has(`${page.path}index.html`)) continue;
            made.add(pageFolder(outDir, page.path));
            thread.makeDir(pageFolder(outDir, page.path));
          }
        });
      },
      'astro:build:done': async ({ assets, logger }) => {
        onPagesQueued(undefined);
        const started = performance.now();
        const jobs = takePageJobs();
        const frames = new Set(jobs.map((job) => job.frame)); // templates, removed once filled
        const { kinds, manifest } = await writePages(outDir, jobs, previous, folders.thread, folders.made);
        saveManifest(manifestFile, manifest);
        // Without an inventory (first build, cache deleted), every file is a candidate.
        const candidates = [...(readInventory(inventoryFile) ?? listFiles(outDir)), ...listFiles(outDir, join(outDir, '_astro'))];
        const { deleted: swept, written: rewritten } = sweepStale(outDir, candidates, new Set(manifest.keys()), buildStart - CLOCK_SLACK_MS, new Set(previous.keys()));
        const astroPages = [...assets.values()].flat().map((url) => relative(outDir, fileURLToPath(url)).split(sep).join('/')).filter((path) => !frames.has(path));
        const output = new Map(manifestFiles(manifest).map((file): [string, OutputFile] => [file.path, file]));
        for (const path of [...rewritten, ...astroPages, ...listFiles(publicDir)]) if (!output.has(path)) output.set(path, { path });
        saveInventory(inventoryFile, output.keys());
        publishOutput([...output.values()]);
        const pages = kinds.reduce((sum, k) => sum + k.pages, 0);
        const written = kinds.reduce((sum, k) => sum + k.written, 0);
        const byKind = kinds.map((k) => `${count(k.pages)} ${k.kind}`).join(', ');
        logger.info(
          `${plural(pages, 'page')} (${byKind}): ${count(written)} written, ${count(pages - written)} unchanged; ` +
            `${plural(swept, 'stale file')} removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        // Astro's own count ("N page(s) built") is of the pages it rendered: the frames, not the dossier.
        const facts = buildFacts();
        if (facts) {
          const astroHtml = astroPages.filter((path) => path.endsWith('.html')).length;
          logger.info(
            `Dossier built: ${plural(facts.articles, 'article')}, ${plural(facts.claims, 'claim')}, ${plural(facts.entities, 'entity', 'entities')} named, ` +
              `${plural(facts.warnings, 'warning')}; ${plural(pages + astroHtml, 'page')} (${count(pages)} from frames) in ${plural(output.size, 'file')}`,
          );
        }
      },
    },
  };
}
