/**
 * Backlinks: for every claim, article and entity, the analyses that cite it
 * ("Zitiert in"). A claim is listed under the id cited and under the id that
 * carries it today, so both its old and its current page name the analysis;
 * an article is cited by citing it or any of its claims.
 */
import type { CheckedAnalysis } from './check-analyses.ts';

/** An analysis as a backlink names it. */
export interface AnalysisRef {
  slug: string;
  title: string;
}

/** The analyses citing each claim (by id), article (by slug) and entity (by id), each list in slug order without repeats. */
export interface AnalysisBacklinks {
  claims: Map<string, AnalysisRef[]>;
  articles: Map<string, AnalysisRef[]>;
  entities: Map<string, AnalysisRef[]>;
}

/** Collects the backlinks of checked analyses. */
export function analysisBacklinks(analyses: readonly CheckedAnalysis[]): AnalysisBacklinks {
  const links: AnalysisBacklinks = { claims: new Map(), articles: new Map(), entities: new Map() };
  const add = (map: Map<string, AnalysisRef[]>, key: string, ref: AnalysisRef) => {
    const list = map.get(key) ?? [];
    if (!list.some((r) => r.slug === ref.slug)) map.set(key, [...list, ref]);
  };
  for (const { source, resolved } of [...analyses].sort((a, b) => (a.source.slug < b.source.slug ? -1 : 1))) {
    const ref = { slug: source.slug, title: source.frontmatter.title };
    for (const cited of resolved.byTarget.values()) {
      if (cited.kind === 'claim') {
        add(links.claims, cited.cited, ref);
        add(links.claims, cited.id, ref);
        if (cited.article) add(links.articles, cited.article.slug, ref);
      } else if (cited.kind === 'article') add(links.articles, cited.article.slug, ref);
      else if (cited.kind === 'entity') add(links.entities, cited.id, ref);
    }
  }
  return links;
}
