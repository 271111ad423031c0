/**
 * What the `articles` collection stores for one article: the fields lists of
 * articles show. The text itself, its removals and claims are the article's
 * details, kept beside the store (src/loaders/article-details.ts). The one
 * schema of an entry: the collection (src/content.config.ts) validates with
 * it, and the loader builds entries of its type.
 */
import { z } from 'zod';
import { isDraft } from './publication.ts';
import type { ArticleRecord } from './types.ts';

/** A metadata value and where it comes from (the curator's sidecar, the saved page or the text). */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: z.enum(['curated', 'page', 'text']), evidence: z.string().optional() });
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** An entry of the `articles` collection. */
export const articleEntrySchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: sourced(z.string().min(1)),
  outlet: sourced(z.string().min(1)),
  published: sourced(isoDate).optional(),
  url: z.url().optional(),
  /** Authors, as the sidecar names them. */
  author: z.array(z.string().min(1)).optional(),
  /** Language of the article text (BCP 47). */
  language: z.string(),
  /** The first paragraph of the cleaned text. */
  lead: z.string(),
  /** Raw file and sidecar, relative to the project root. */
  file: z.string(),
  metaFile: z.string(),
  /** A text encoding, or the WHATWG name of a saved page's (`windows-1252`, `iso-8859-2`, …). */
  encoding: z.string().min(1),
  removedCount: z.number().int().nonnegative(),
  /** Not yet reviewed (`status: draft`): only `astro dev` has drafts, and marks them. */
  draft: z.boolean(),
  /** Ids of the entities the reading text names, in order of first mention. */
  entities: z.array(z.string()),
  /** Ids of the events the article is about by its title or the curator's `articles:` links (see aboutEvents). */
  about: z.array(z.string()),
  /** Key of the rendered reading text in the article cache (see `src/loaders/article-cache.ts`). */
  htmlKey: z.string(),
  /** Key of the article's details (raw text, blocks, removals, claims, related articles) in the same cache (see `src/loaders/article-details.ts`). */
  detailsKey: z.string(),
});

/** An entry's data, as stored. */
export type ArticleEntryData = z.infer<typeof articleEntrySchema>;

/** What the pipeline adds to a record's own fields: the links and the cache keys. */
export type ArticleEntryLinks = Pick<ArticleEntryData, 'entities' | 'about' | 'htmlKey' | 'detailsKey'>;

/** Maps a prepared article at its final `slug`, with its links, to its entry's data. */
export function articleEntryData(record: ArticleRecord, slug: string, links: ArticleEntryLinks): ArticleEntryData {
  const { blocks, removed } = record.cleaned;
  return {
    slug,
    title: record.title,
    outlet: record.outlet,
    published: record.published,
    url: record.url,
    author: record.meta.author,
    language: record.language,
    lead: blocks.find((block) => block.kind === 'paragraph')?.text ?? '',
    file: record.file,
    metaFile: record.metaFile,
    encoding: record.encoding,
    removedCount: removed.length,
    // Only `astro dev` stores drafts; its pages mark them.
    draft: isDraft(record),
    ...links,
  };
}
