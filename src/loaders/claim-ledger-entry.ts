/**
 * Read side of the claim ledger, for pages. The articles loader reconciles
 * and writes `content/claims.ledger.json` during the content sync, which
 * runs before any page renders, so pages read the ledger of this very build.
 */
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { readLedger } from '../lib/claims/ledger-file.ts';
import type { Ledger } from '../lib/claims/claim-ledger.ts';

/**
 * The ledger, read from the project root as Astro knows it, which holds
 * where `process.cwd()` or the bundled page's own location would not
 * (`astro build --root <dir>`, pages run from a build directory).
 */
export function getClaimLedger(): Promise<Ledger> {
  return readLedger(fileURLToPath(root));
}
