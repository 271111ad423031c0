/**
 * What the `articles` collection stores for one article: the fields lists of
 * articles show. The text itself, its removals and claims are the article's
 * details, kept beside the store (article-details.ts).
 */
import { isDraft } from '../lib/content/publication.ts';
import type { ArticleRecord } from '../lib/content/types.ts';

/** Maps a prepared article to its entry's `data` (validated by the schema in `content.config.ts`). */
export function articleEntryData(record: ArticleRecord, slug: string) {
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
  };
}
