/**
 * Publication: only a build publishes. The dev server previews the dossier
 * (drafts shown, claim ids computed against the ledger without writing it),
 * and a build writes `content/claims.ledger.json` once every page is
 * written: a curator's working edits in `astro dev` issue no permanent id,
 * and a build that failed issued none either.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LEDGER_FILE, writeLedger } from '../lib/claims/ledger-file.ts';
import { modeOfCommand, setPublicationMode } from '../loaders/publication-mode.ts';
import { takeLedgerToWrite } from '../loaders/sync-handover.ts';

/**
 * The integration; add it last to `integrations` in astro.config.mjs: Astro
 * runs `astro:build:done` in that order, and the ledger is written only
 * once the others have written the site. (Every `astro:config:setup` runs
 * before the content sync, wherever it stands.)
 */
export function publication(): AstroIntegration {
  let root = '';
  return {
    name: 'dossier-publication',
    hooks: {
      // Before the content sync, which asks whether to show drafts and whether to hand over a ledger to write.
      'astro:config:setup': ({ command }) => setPublicationMode(modeOfCommand(command)),
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ logger }) => {
        const toWrite = takeLedgerToWrite();
        if (!toWrite) return;
        if (await writeLedger(root, toWrite.ledger)) logger.info(`${LEDGER_FILE} updated (${toWrite.changes}): commit it`);
      },
    },
  };
}
