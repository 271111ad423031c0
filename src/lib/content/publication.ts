/**
 * Which articles a run of the site shows. `dossier add` writes every new
 * article as a draft (`status: draft` in its sidecar): the curator reviews
 * it in `astro dev`, which shows drafts marked as such, and a build
 * publishes only the articles marked `status: published` (or with no
 * status, like every sidecar written before drafts existed). A draft gets
 * no page, no search entry, no export entry and no permanent claim id.
 */
import { plural } from './progress.ts';
import type { ArticleMeta } from './types.ts';

/** `preview`: `astro dev`, drafts shown; `publish`: a build, drafts left out. */
export type PublicationMode = 'preview' | 'publish';

/** Anything that carries a sidecar. */
interface WithMeta {
  file: string;
  meta: Pick<ArticleMeta, 'status'>;
}

/** Is this article a draft, not yet reviewed? */
export function isDraft(article: { meta: Pick<ArticleMeta, 'status'> }): boolean {
  return article.meta.status === 'draft';
}

/** What one run shows, and the drafts it leaves out. */
export interface Selection<T> {
  /**
   * The articles to build: the published ones in their order, then (in a
   * preview) the drafts in theirs, so that a draft never takes anything a
   * published article would have in a build (see `assignSlugs`).
   */
  shown: T[];
  /** The drafts a build leaves out (none in a preview). */
  leftOut: T[];
  /** How many of `shown` are drafts (the last ones). */
  drafts: number;
}

/** Splits `articles` (in file order) into what a run in `mode` shows and what it leaves out. */
export function selectArticles<T extends WithMeta>(articles: readonly T[], mode: PublicationMode): Selection<T> {
  const published = articles.filter((a) => !isDraft(a));
  const drafts = articles.filter(isDraft);
  return mode === 'preview'
    ? { shown: [...published, ...drafts], leftOut: [], drafts: drafts.length }
    : { shown: published, leftOut: drafts, drafts: 0 };
}

/** Drafts named in a log line: enough of them to find, not a wall of paths. */
const NAMED_IN_LINE = 5;
/** Drafts `dossier check` lists one per line before it counts the rest. */
const NAMED_IN_LIST = 20;

/** `a, b, c and 4 more`: the files of some drafts. */
function draftFiles(files: readonly string[]): string {
  const named = files.slice(0, NAMED_IN_LINE).join(', ');
  return files.length > NAMED_IN_LINE ? `${named} and ${files.length - NAMED_IN_LINE} more` : named;
}

/**
 * The build log's line about the drafts a build left out, e.g. `2 drafts
 * left out (status: draft): content/articles/005_….txt, …`; undefined when
 * there are none.
 */
export function describeLeftOut(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  return `${plural(files.length, 'draft')} left out (status: draft): ${draftFiles(files)}. Write \`status: published\` in a sidecar once you have reviewed its article.`;
}

/** The dev server's line about the drafts it shows; undefined when there are none. */
export function describeShownDrafts(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  return `${plural(files.length, 'draft')} shown here, marked as drafts; a build leaves ${files.length === 1 ? 'it' : 'them'} out: ${draftFiles(files)}.`;
}

/** `dossier check`'s note on the drafts, informational: a draft is no mistake. */
export function describeDraftsForCheck(files: readonly string[]): string | undefined {
  if (files.length === 0) return undefined;
  return (
    `${plural(files.length, 'draft')} (status: draft), checked above but not published by \`npm run build\` until marked \`status: published\`:\n` +
    files.slice(0, NAMED_IN_LIST).map((file) => `  ${file}\n`).join('') +
    (files.length > NAMED_IN_LIST ? `  and ${files.length - NAMED_IN_LIST} more\n` : '')
  );
}
