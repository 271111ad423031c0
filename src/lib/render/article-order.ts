/**
 * The order in which the dossier lists its articles.
 */

/** The fields the order depends on. */
export interface Orderable {
  slug: string;
  /** Publication date as ISO `YYYY-MM-DD`; absent when neither the curator nor the text gives one. */
  published?: { value: string } | undefined;
}

/**
 * Sorts newest first; undated articles go last. Ties are broken by slug so
 * the order does not depend on the order files were read in.
 */
export function newestFirst<T extends Orderable>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => {
    const [dateA, dateB] = [a.published?.value, b.published?.value];
    if (dateA !== dateB) {
      if (dateA === undefined) return 1;
      if (dateB === undefined) return -1;
      return dateA < dateB ? 1 : -1;
    }
    return a.slug.localeCompare(b.slug);
  });
}
