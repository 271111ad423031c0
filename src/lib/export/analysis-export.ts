/**
 * The analyses as `/dossier.json` lists them: their frontmatter, their
 * Markdown as written, and what each citation resolves to in this build
 * (a cited claim with the id that carries it today and its status), every
 * page by absolute URL.
 */
import { uiStrings } from '../../i18n/index.ts';
import type { CheckedAnalysis } from '../analyses/check-analyses.ts';
import { analysisPath, articlePath, claimPath, entityPath } from '../render/site-paths.ts';
import type { ExportSite } from './dossier-json.ts';

/** One analysis of the document. */
export function exportedAnalysis({ source, resolved }: CheckedAnalysis, { siteUrl, base }: ExportSite, language: string) {
  const url = (path: string) => new URL(path, siteUrl).href;
  const segment = uiStrings(language).analysesPathSegment;
  const citations = [...resolved.byTarget.entries()].map(([written, cited]) => {
    switch (cited.kind) {
      case 'claim':
        return { written, kind: cited.kind, id: cited.cited, currentId: cited.id, url: url(claimPath(base, cited.id)), text: cited.text, revised: cited.revised, status: cited.status };
      case 'entity':
        return { written, kind: cited.kind, id: cited.id, url: url(entityPath(base, cited.id)) };
      case 'article':
        return { written, kind: cited.kind, id: cited.article.slug, url: url(articlePath(base, cited.article.slug)) };
      case 'analysis':
        return { written, kind: cited.kind, id: cited.slug, url: url(analysisPath(base, segment, cited.slug)) };
    }
  });
  const { title, date, author, summary } = source.frontmatter;
  return { slug: source.slug, url: url(analysisPath(base, segment, source.slug)), title, date, author, summary, markdown: source.body.trim(), citations };
}

/** An analysis as the document holds it. */
export type ExportedAnalysis = ReturnType<typeof exportedAnalysis>;
