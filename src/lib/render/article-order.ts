/**
 * The order in which the dossier lists its articles.
 */

/** The fields the order depends on. */
export interface Orderable {
  slug: string;
  /** ISO date `YYYY-MM-DD`, absent when neither the curator nor the text gives one. */
  published?: string;
}

/**
 * Sorts newest first; undated articles go last. Ties are broken by slug so
 * the order does not depend on the order files were read in.
 */
export function newestFirst<T extends Orderable>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    if (a.published !== b.published) {
      if (a.published === undefined) return 1;
      if (b.published === undefined) return -1;
      return a.published < b.published ? 1 : -1;
    }
    return a.slug.localeCompare(b.slug);
  });
}
