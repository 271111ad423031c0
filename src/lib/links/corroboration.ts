/**
 * Corroboration per claim: which claims in other articles report the same
 * fact, and how many independent outlets that makes. Two articles of one
 * outlet are one source: the count is of outlets, not of articles.
 */
import { outletKey, type LinkableArticle } from './linkable.ts';
import type { ClaimMatch } from './match-claims.ts';

/** The same fact in another article. */
export interface ReportElsewhere {
  /** Id of the claim there. */
  claim: string;
  /** Slug of its article. */
  slug: string;
  outlet: string;
  title: string;
}

/** How well a claim is sourced in the dossier. */
export interface Corroboration {
  /** Independent outlets reporting it, its own included: 1 means single-source. */
  outlets: number;
  /** The same fact in other articles, best match first. */
  reports: ReportElsewhere[];
}

/**
 * The corroboration of every claim of every article, by claim id; links
 * run both ways (if A reports what B reports, B lists A too).
 */
export function corroborationByClaim(articles: readonly LinkableArticle[], matches: readonly ClaimMatch[]): Map<string, Corroboration> {
  const reports = new Map<string, ReportElsewhere[]>();
  const report = (article: number, claim: number): ReportElsewhere => {
    const a = articles[article]!;
    return { claim: a.claims[claim]!.id, slug: a.slug, outlet: a.outlet, title: a.title };
  };
  const add = (from: { article: number; claim: number }, to: { article: number; claim: number }) => {
    const id = articles[from.article]!.claims[from.claim]!.id;
    const list = reports.get(id) ?? [];
    list.push(report(to.article, to.claim));
    reports.set(id, list);
  };
  // Matches come best first, so each list is too.
  for (const match of matches) {
    add(match.a, match.b);
    add(match.b, match.a);
  }

  const result = new Map<string, Corroboration>();
  for (const article of articles) {
    for (const claim of article.claims) {
      const elsewhere = reports.get(claim.id) ?? [];
      const outlets = new Set([article.outlet, ...elsewhere.map((r) => r.outlet)].map(outletKey));
      result.set(claim.id, { outlets: outlets.size, reports: elsewhere });
    }
  }
  return result;
}
