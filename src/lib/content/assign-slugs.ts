import { uniqueSlugs } from '../text/slugify.ts';
import type { DossierProblem } from './types.ts';

/** The slug one article asks for. */
export interface SlugWish {
  file: string;
  metaFile: string;
  /** `meta.slug` if pinned, else the slug derived from the title. */
  slug: string;
  /** True when the curator pinned it with `slug:` in the sidecar. */
  pinned: boolean;
}

/**
 * Final, unique slugs for the dossier's articles (in the order given), and
 * an error for each sidecar pinning a slug another article already has:
 * `uniqueSlugs` never changes a pinned slug, so such a clash would give two
 * articles one address. No derived slug takes one of the `reserved`.
 */
export function assignSlugs(wishes: readonly SlugWish[], reserved: Iterable<string> = []): { slugs: string[]; problems: DossierProblem[] } {
  const slugs = uniqueSlugs(wishes, reserved);
  const owner = new Map<string, string>();
  const problems: DossierProblem[] = [];
  wishes.forEach((wish, i) => {
    const slug = slugs[i] as string;
    const first = owner.get(slug);
    if (first === undefined) {
      owner.set(slug, wish.file);
      return;
    }
    problems.push({
      file: wish.metaFile,
      severity: 'error',
      code: 'duplicate-slug',
      message: `\`slug: ${slug}\` is already the address of ${first}.`,
      fix: `Choose another slug in ${wish.metaFile}, or remove the line to derive it from the title.`,
    });
  });
  return { slugs, problems };
}

/**
 * Like `assignSlugs`, but the published articles get exactly the slugs a
 * build without drafts gives them, and each draft (`draft: true`) one that
 * none of them has: reviewing a draft in `astro dev` never moves a
 * published article to another address. A draft pinning a published
 * article's slug gets the `duplicate-slug` error.
 */
export function assignSlugsDraftsLast(
  wishes: readonly (SlugWish & { draft: boolean })[],
  reserved: readonly string[] = [],
): { slugs: string[]; problems: DossierProblem[] } {
  const published = wishes.filter((w) => !w.draft);
  const drafts = wishes.filter((w) => w.draft);
  const first = assignSlugs(published, reserved);
  if (drafts.length === 0) return first;
  // The published slugs, now fixed, go first: a draft can only take what is left.
  const fixed = published.map((w, i) => ({ ...w, slug: first.slugs[i] as string, pinned: true }));
  const second = assignSlugs([...fixed, ...drafts], reserved);
  const slugOf = new Map<SlugWish, string>([...published.map((w, i) => [w, first.slugs[i] as string] as const), ...drafts.map((w, i) => [w, second.slugs[fixed.length + i] as string] as const)]);
  const draftSidecars = new Set(drafts.map((w) => w.metaFile));
  return {
    slugs: wishes.map((w) => slugOf.get(w) as string),
    problems: [...first.problems, ...second.problems.filter((p) => draftSidecars.has(p.file))],
  };
}
