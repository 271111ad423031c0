/**
 * The `dossier()` integration: every build step Dossier adds to Astro's, in
 * one place and in their order by construction.
 *
 * - `astro:config:setup` says whether this process previews or publishes,
 *   before the content sync asks (drafts, the ledger to write);
 * - the page writer writes the claim, article and original pages from their
 *   frames, and the files routes queue, while Astro renders the rest;
 * - once the site is written, the service worker lists what the writer
 *   returned, and the claim ledger is written last of all.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { setPublicationMode } from '../build/handover.ts';
import { pageWriter } from './page-writer.ts';
import { modeOfCommand, publishLedger } from './publication.ts';
import { writeServiceWorker } from './service-worker.ts';

/** The integration; the only one in astro.config.mjs. */
export function dossier(): AstroIntegration {
  const pages = pageWriter();
  let root = '';
  let digestCache = '';
  return {
    name: 'dossier',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        setPublicationMode(modeOfCommand(command));
        pages.setup(command, updateConfig);
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        digestCache = fileURLToPath(new URL('dossier-file-digests.json', config.cacheDir));
        pages.configure(config);
      },
      'astro:build:start': ({ setPrerenderer }) => pages.start(setPrerenderer),
      'astro:build:done': async ({ dir, assets, logger }) => {
        const output = await pages.finish(assets, logger);
        await writeServiceWorker(fileURLToPath(dir), output, digestCache, logger);
        await publishLedger(root, logger);
      },
    },
  };
}
