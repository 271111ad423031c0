/**
 * Read side of the claim ledger, for pages. The articles loader reconciles
 * `content/claims.ledger.json` with this run's claims during the content
 * sync, which runs before any page renders, and hands the result over, so
 * pages read the ledger of this very build (or preview); a build writes the
 * file only once its pages are written (src/integrations/publication.ts).
 */
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { readLedger } from '../lib/claims/ledger-file.ts';
import type { Ledger } from '../lib/claims/claim-ledger.ts';
import { withdrawnClaimsByArticle, type WithdrawnClaim } from '../lib/claims/withdrawn-claims.ts';
import { handedOverLedger } from '../build/handover.ts';
import { ledgerVersion } from '../lib/content/file-version.ts';

/**
 * The ledger, read from the project root as Astro knows it, which holds
 * where `process.cwd()` or the bundled page's own location would not
 * (`astro build --root <dir>`, pages run from a build directory).
 */
export async function getClaimLedger(): Promise<Ledger> {
  // Every article and claim page asks; parse the file once per version of it (none when the sync handed this one over).
  const projectRoot = fileURLToPath(root);
  const version = await ledgerVersion(projectRoot);
  if (cached?.version !== version) {
    const handed = handedOverLedger(version);
    cached = { version, ledger: handed ? Promise.resolve(handed) : readLedger(projectRoot) };
  }
  return cached.ledger;
}

let cached: { version: string; ledger: Promise<Ledger> } | undefined;

const withdrawnByLedger = new WeakMap<Ledger, Map<string, WithdrawnClaim[]>>();

/** The withdrawn claims of every article of this build's ledger, by article key (indexed once per ledger). */
export async function getWithdrawnClaims(): Promise<ReadonlyMap<string, WithdrawnClaim[]>> {
  const ledger = await getClaimLedger();
  let byArticle = withdrawnByLedger.get(ledger);
  if (!byArticle) withdrawnByLedger.set(ledger, (byArticle = withdrawnClaimsByArticle(ledger)));
  return byArticle;
}
