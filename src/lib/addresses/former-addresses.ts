/**
 * What answers at every article address a build no longer gives an article:
 * a redirect to where a renamed article is now, or a tombstone where a
 * deleted one was. An address once published must never answer 404.
 */
import { articlePath, originalPath } from '../render/site-paths.ts';
import { followAddress, type AddressLedger } from './address-ledger.ts';

/** One former address and what it shows. */
export type FormerAddress =
  | { kind: 'redirect'; slug: string; target: string; title: string }
  | { kind: 'withdrawn'; slug: string; title: string; withdrawn?: string };

/**
 * The former addresses of `ledger`, sorted by slug; `live` are the slugs of
 * this build's articles (an address given to another article is its page).
 * A rename whose trail ends at a withdrawn article shows that tombstone.
 */
export function formerAddresses(ledger: AddressLedger, live: ReadonlySet<string>): FormerAddress[] {
  const former: FormerAddress[] = [];
  for (const [slug, entry] of Object.entries(ledger.addresses)) {
    if (live.has(slug) || entry.status === 'live') continue;
    const end = entry.status === 'renamed' ? followAddress(ledger, slug) : undefined;
    if (end?.ok && live.has(end.slug)) {
      former.push({ kind: 'redirect', slug, target: end.slug, title: end.entry.title });
      continue;
    }
    const last = end?.ok ? end.entry : entry;
    former.push({ kind: 'withdrawn', slug, title: last.title, ...(last.withdrawn !== undefined && { withdrawn: last.withdrawn }) });
  }
  return former.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/**
 * The `_redirects` file static hosts read (Netlify, Cloudflare Pages): each
 * renamed article's reading and original page, permanently, to where it is
 * now. Hosts without it get the redirect pages. Empty without renames.
 */
export function redirectsFile(former: readonly FormerAddress[], base: string): string {
  const lines = former.flatMap((f) =>
    f.kind === 'redirect'
      ? [`${articlePath(base, f.slug)} ${articlePath(base, f.target)} 301`, `${originalPath(base, f.slug)} ${originalPath(base, f.target)} 301`]
      : [],
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}
