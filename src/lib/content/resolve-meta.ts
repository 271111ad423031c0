import type { CleanedArticle } from '../clean/types.ts';
import { extractPublicationDate } from '../dates/publication-date.ts';
import type { ArticleMeta, DossierProblem, Sourced } from './types.ts';

/** What {@link resolveMeta} needs about one article. */
export interface MetaSources {
  file: string;
  metaFile: string;
  meta: ArticleMeta;
  /** The decoded raw text: dates often stand only in captions the cleaner removes. */
  source: string;
  cleaned: CleanedArticle;
}

/** An article's metadata with where each value came from. */
export interface ResolvedMeta {
  title: Sourced<string>;
  outlet: Sourced<string>;
  published?: Sourced<string>;
  url?: string;
  language: string;
  /** Warnings for the curator (missing or contradicting date, no title). */
  problems: DossierProblem[];
}

/**
 * Merges the curator's sidecar with what the text states. Sidecar values
 * win (their source is what `origin:` says, else the curator); the text
 * fills the gaps, and disagreements are reported as warnings because the
 * curator may know better (a text can date a later event), until the
 * curator lists the field under `checked:`.
 */
export function resolveMeta({ file, metaFile, meta, source, cleaned }: MetaSources): ResolvedMeta {
  const problems: DossierProblem[] = [];
  const stated = extractPublicationDate(source);

  let published: Sourced<string> | undefined;
  if (meta.published) {
    published = { value: meta.published, source: meta.origin.published ?? 'curated' };
    // A date the page states in its markup is the publisher's own word; the date read from its text is only a guess.
    if (stated && stated.iso !== meta.published && !meta.checked.includes('published') && meta.origin.published !== 'page') {
      problems.push({
        file: metaFile,
        severity: 'warning',
        code: 'date-mismatch',
        message: `\`published: ${meta.published}\` differs from the date the text gives as its own, "${stated.evidence}" (${stated.iso}).`,
        fix: `If the article was published on ${stated.iso}, correct \`published:\` in ${metaFile}; if your date is right, add \`checked: [published]\` there and this warning stays quiet.`,
      });
    }
  } else if (stated) {
    published = { value: stated.iso, source: 'text', evidence: stated.evidence };
  } else {
    problems.push({
      file: metaFile,
      severity: 'warning',
      code: 'no-date',
      message: `No publication date: the sidecar has no \`published:\` and ${file} states no full date.`,
      fix: `Add \`published: YYYY-MM-DD\` to ${metaFile}.`,
    });
  }

  let title: Sourced<string>;
  if (meta.title) {
    title = { value: meta.title, source: meta.origin.title ?? 'curated' };
  } else {
    title = { value: cleaned.title, source: 'text' };
    if (cleaned.title.trim() === '') {
      problems.push({
        file: metaFile,
        severity: 'error',
        code: 'no-title',
        message: `No title could be found in ${file}.`,
        fix: `Add \`title: …\` to ${metaFile}.`,
      });
    }
  }

  return {
    title,
    outlet: { value: meta.outlet, source: meta.origin.outlet ?? 'curated' },
    ...(published ? { published } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    language: meta.language,
    problems,
  };
}
