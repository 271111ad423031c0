/**
 * Article addresses across builds: an article keeps the slug it was first
 * published under, whatever its title becomes; a `slug:` in its sidecar
 * renames it on purpose, and the old address then redirects; a deleted
 * article's address shows a tombstone. The ledger records all of it.
 */
import { assignSlugsDraftsLast } from '../content/assign-slugs.ts';
import type { DossierProblem } from '../content/types.ts';
import { followAddress, type AddressLedger } from './address-ledger.ts';
import { ADDRESS_LEDGER_FILE } from './address-ledger-file.ts';

/** What one article of this build asks for. */
export interface AddressWish {
  /** Raw file and sidecar, relative to the project root. */
  file: string;
  metaFile: string;
  /** The ledger's key of the article (raw file name without extension). */
  article: string;
  title: string;
  /** `slug:` from the sidecar, or the slug derived from the title. */
  slug: string;
  /** True when the curator wrote `slug:` in the sidecar. */
  pinned: boolean;
  /** A draft (shown by `astro dev` only) asks last: reviewing it never moves a published article's address. */
  draft?: boolean;
}

/** What this build changes about published addresses, for the build log and `dossier check`. */
export type AddressChange =
  | { kind: 'new'; slug: string; article: string }
  | { kind: 'renamed'; from: string; to: string; article: string }
  | { kind: 'withdrawn'; slug: string; article: string; title: string };

/** Each wish's final slug (in order), the ledger to write, what changed, and the problems found. */
export interface AssignedAddresses {
  slugs: string[];
  ledger: AddressLedger;
  changes: AddressChange[];
  problems: DossierProblem[];
}

/**
 * The addresses of this build's articles, given the ledger of every address
 * published before, on build date `date` (YYYY-MM-DD).
 */
export function assignAddresses(wishes: readonly AddressWish[], ledger: AddressLedger, date: string): AssignedAddresses {
  const problems = addressLedgerProblems(ledger);
  const liveByArticle = new Map<string, string>();
  for (const [slug, entry] of Object.entries(ledger.addresses)) if (entry.status === 'live') liveByArticle.set(entry.article, slug);

  const requests = wishes.map((wish) => {
    if (wish.pinned) {
      const owner = ledger.addresses[wish.slug];
      // A withdrawn article's address may be given to another; a live or redirecting one may not.
      if (owner && owner.article !== wish.article && owner.status !== 'withdrawn') {
        problems.push({
          file: wish.metaFile,
          severity: 'error',
          code: 'slug-taken',
          message: `\`slug: ${wish.slug}\` is a published address of ${owner.article} („${owner.title}“)${owner.status === 'renamed' ? ', which redirects from it' : ''}; links shared to it must keep leading there.`,
          fix: `Choose another slug in ${wish.metaFile}.`,
        });
        return { ...wish, pinned: false };
      }
      return wish;
    }
    const fixed = liveByArticle.get(wish.article);
    return fixed === undefined ? wish : { ...wish, slug: fixed, pinned: true };
  });
  // Derived slugs keep clear of addresses that redirect: taking one would break its redirect.
  const redirecting = Object.entries(ledger.addresses).filter(([, e]) => e.status === 'renamed').map(([slug]) => slug);
  const { slugs, problems: slugProblems } = assignSlugsDraftsLast(requests.map((r) => ({ ...r, draft: r.draft ?? false })), redirecting);
  problems.push(...slugProblems);

  const addresses = { ...ledger.addresses };
  const changes: AddressChange[] = [];
  wishes.forEach((wish, i) => {
    const slug = slugs[i]!;
    const previous = liveByArticle.get(wish.article);
    if (previous !== undefined && previous !== slug) {
      addresses[previous] = { ...addresses[previous]!, status: 'renamed', successor: slug };
      changes.push({ kind: 'renamed', from: previous, to: slug, article: wish.article });
    }
    const existing = addresses[slug];
    const ours = existing?.article === wish.article;
    addresses[slug] = { article: wish.article, title: wish.title, issued: ours ? existing.issued : date, status: 'live' };
    if (!ours && previous === undefined) changes.push({ kind: 'new', slug, article: wish.article });
  });
  const present = new Set(wishes.map((w) => w.article));
  for (const [slug, entry] of Object.entries(addresses)) {
    if (entry.status !== 'live' || present.has(entry.article)) continue;
    addresses[slug] = { ...entry, status: 'withdrawn', withdrawn: date };
    changes.push({ kind: 'withdrawn', slug, article: entry.article, title: entry.title });
  }
  return { slugs, ledger: { version: 1, addresses }, changes, problems };
}

/**
 * What would make a published address lead nowhere: a redirect to an
 * address the ledger does not know, a loop of redirects, one article live
 * at two addresses. The build writes none of these; a hand edit can.
 */
export function addressLedgerProblems(ledger: AddressLedger): DossierProblem[] {
  const problems: DossierProblem[] = [];
  const fix = `Correct the \`successor\` in ${ADDRESS_LEDGER_FILE} to the address the article has now, or restore the file from version control.`;
  const reported = new Set<string>();
  const liveOf = new Map<string, string>();
  for (const [slug, entry] of Object.entries(ledger.addresses)) {
    if (entry.status === 'live') {
      const other = liveOf.get(entry.article);
      if (other !== undefined) {
        problems.push({
          file: ADDRESS_LEDGER_FILE,
          severity: 'error',
          code: 'address-twice-live',
          message: `The article ${entry.article} is live at two addresses, \`${other}\` and \`${slug}\`.`,
          fix: `Mark the older one \`"status": "renamed", "successor": "<the other>"\`, or restore the file from version control.`,
        });
      }
      liveOf.set(entry.article, slug);
    }
    if (entry.status !== 'renamed') continue;
    const trail = followAddress(ledger, slug);
    if (trail.ok) continue;
    const key = trail.reason === 'loop' ? [...new Set(trail.trail)].sort().join(' ') : slug;
    if (reported.has(key)) continue;
    reported.add(key);
    const last = trail.trail.at(-1)!;
    const where = ledger.addresses[last] ? 'nowhere (it has no `successor`)' : `to \`${last}\`, which is no article's address`;
    problems.push({
      file: ADDRESS_LEDGER_FILE,
      severity: 'error',
      code: trail.reason === 'loop' ? 'address-redirect-loop' : 'address-redirect-missing',
      message:
        trail.reason === 'loop'
          ? `The address \`${slug}\` redirects in a loop: ${trail.trail.map((s) => `\`${s}\``).join(' → ')}.`
          : `The address \`${slug}\` redirects ${where}.`,
      fix,
    });
  }
  return problems;
}

/** `2 new, 1 renamed, 0 withdrawn`: the changes in one line for the build log. */
export function describeAddressChanges(changes: readonly AddressChange[]): string {
  const n = (kind: AddressChange['kind']) => changes.filter((c) => c.kind === kind).length;
  return `${n('new')} new, ${n('renamed')} renamed, ${n('withdrawn')} withdrawn`;
}
