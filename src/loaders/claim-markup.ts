/** How the articles loader marks claims in the reading text, given the site's base path. */
import type { ClaimMarkup } from '../lib/render/article-html.ts';
import { claimPath } from '../lib/render/site-paths.ts';

/** Claim markup without the claims themselves (added per article). */
export function claimMarkup(base: string, linkLabel: string): Omit<ClaimMarkup, 'claims'> {
  return { claimPath: (id) => claimPath(base, id), linkLabel };
}
