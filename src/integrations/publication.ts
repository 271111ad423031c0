/**
 * Publication: only a build publishes. The dev server previews the dossier
 * (drafts shown, claim ids computed against the ledger without writing it),
 * and a build writes `content/claims.ledger.json` once every page is
 * written: a curator's working edits in `astro dev` issue no permanent id,
 * and a build that failed issued none either.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { PublicationMode } from '../lib/content/publication.ts';
import { LEDGER_FILE, writeLedger } from '../lib/claims/ledger-file.ts';
import { takeLedgerToWrite } from '../build/handover.ts';

/** The mode for one of Astro's commands: only the dev server previews (`astro sync`, which only makes types, publishes). */
export function modeOfCommand(command: string): PublicationMode {
  return command === 'dev' ? 'preview' : 'publish';
}

/**
 * Writes the ledger the content sync handed over for publishing, if any,
 * into the project at `root`, and says so. Run it last, once the site is
 * written: a build that failed before issues no permanent id.
 */
export async function publishLedger(root: string, logger: Pick<AstroIntegrationLogger, 'info'>): Promise<void> {
  const toWrite = takeLedgerToWrite();
  if (!toWrite) return;
  if (await writeLedger(root, toWrite.bytes)) logger.info(`${LEDGER_FILE} updated (${toWrite.changes}): commit it`);
}
