/**
 * Corroboration per claim: which claims in other articles report the same
 * fact, and how many independent outlets that makes. Two articles of one
 * outlet are one source: the count is of outlets, not of articles.
 */
import type { IsoRange } from '../dates/calendar.ts';
import type { DatePrecision } from '../dates/date-expressions.ts';
import { dateKey, outletKey, type EntityNames, type LinkableArticle } from './linkable.ts';
import type { ClaimMatch } from './match-claims.ts';

/** The same fact in another article. */
export interface ReportElsewhere {
  /** Id of the claim there. */
  claim: string;
  /** Slug of its article. */
  slug: string;
  outlet: string;
  title: string;
  /** How sure the match is, in [0, 1]: the match score, capped (see `match-claims.ts`). */
  confidence: number;
  /** What both sentences state, for the reader to check: entity names, numbers, dates. */
  shared: SharedFacts;
}

/** What two matched sentences verifiably have in common. */
export interface SharedFacts {
  entities: string[];
  numbers: string[];
  dates: Array<{ date: IsoRange; precision: DatePrecision }>;
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
export function corroborationByClaim(
  articles: readonly LinkableArticle[],
  matches: readonly ClaimMatch[],
  entityNames: EntityNames = new Map(),
): Map<string, Corroboration> {
  const reports = new Map<string, ReportElsewhere[]>();
  const add = (from: { article: number; claim: number }, to: { article: number; claim: number }, match: ClaimMatch) => {
    const id = articles[from.article]!.claims[from.claim]!.id;
    const a = articles[to.article]!;
    const list = reports.get(id) ?? [];
    list.push({
      claim: a.claims[to.claim]!.id,
      slug: a.slug,
      outlet: a.outlet,
      title: a.title,
      confidence: Math.min(1, Math.round(match.score * 100) / 100),
      shared: sharedFacts(articles[from.article]!.claims[from.claim]!.dates, match, entityNames),
    });
    reports.set(id, list);
  };
  // Matches come best first, so each list is too.
  for (const match of matches) {
    add(match.a, match.b, match);
    add(match.b, match.a, match);
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

/** The evidence of a match in words a reader can check: names, not ids; dates as the claim states them. */
function sharedFacts(dates: LinkableArticle['claims'][number]['dates'], match: ClaimMatch, entityNames: EntityNames): SharedFacts {
  const dateKeys = new Set(match.shared.dates);
  const seen = new Set<string>();
  return {
    entities: match.shared.entities.map((id) => entityNames.get(id) ?? id).sort((x, y) => x.localeCompare(y, 'de')),
    numbers: match.shared.numbers,
    dates: dates
      .filter((d) => dateKeys.has(dateKey(d)) && !seen.has(dateKey(d)) && seen.add(dateKey(d)))
      .map(({ date, precision }) => ({ date, precision })),
  };
}
