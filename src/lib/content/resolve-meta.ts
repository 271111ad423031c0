import type { CleanedArticle } from '../clean/types.ts';
import { extractPublicationDate } from '../dates/german-dates.ts';
import type { OriginField } from './schemas.ts';
import type { ArticleMeta, DossierProblem, Provenance, Sourced } from './types.ts';

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
 * win; the text fills the gaps, and disagreements are reported as warnings
 * because the curator may know better (a text can date a later event). A
 * sidecar value `dossier add` read from the saved page or the text (its
 * `origin:`) keeps that provenance until the curator removes the entry.
 */
export function resolveMeta({ file, metaFile, meta, source, cleaned }: MetaSources): ResolvedMeta {
  const problems: DossierProblem[] = [];
  const stated = extractPublicationDate(source);
  const provenance = (field: OriginField): Provenance => meta.origin[field] ?? 'curated';

  let published: Sourced<string> | undefined;
  if (meta.published) {
    published = { value: meta.published, source: provenance('published') };
    // A date the page states in its markup is the publisher's own word; the latest date in its text is only a guess.
    if (stated && stated.iso !== meta.published && meta.origin.published !== 'page') {
      problems.push({
        file: metaFile,
        severity: 'warning',
        code: 'date-mismatch',
        message: `\`published: ${meta.published}\` differs from the latest date the text states, "${stated.evidence}" (${stated.iso}).`,
        fix: `If the article was published on ${stated.iso}, correct \`published:\` in ${metaFile}; if the text dates another event, keep your date.`,
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
    title = { value: meta.title, source: provenance('title') };
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
    outlet: { value: meta.outlet, source: provenance('outlet') },
    ...(published ? { published } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    language: meta.language,
    problems,
  };
}
