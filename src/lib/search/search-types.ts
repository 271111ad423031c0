/**
 * What the search page asks the search engine (in its Web Worker) and what
 * it gets back: plain data, so it crosses `postMessage` as it is.
 */
import type { Mark } from './highlight.ts';

/** A query with its filters. */
export interface SearchRequest {
  q: string;
  /** Only articles of this outlet (its name as shown). */
  outlet?: string | undefined;
  /** Only articles published in this year. */
  year?: number | undefined;
  /** Only claims naming this entity (its registry id). */
  entity?: string | undefined;
  /** Only claims the curator rated so (a stable rating key, e.g. `belegt`). */
  rating?: string | undefined;
  /** How many claims to return (the best ones). */
  limit?: number | undefined;
  /** How many articles to return. */
  articleLimit?: number | undefined;
}

/** Where a claim or article was published. */
export interface HitSource {
  slug: string;
  title: string;
  outlet: string;
  /** ISO date or `''`. */
  published: string;
}

/** A matching claim: its text, the spans to mark in it, and its article. */
export interface ClaimHit extends HitSource {
  id: string;
  text: string;
  marks: Mark[];
}

/** An article whose title or subheadings matched; `marks` are spans of the title. */
export interface ArticleHit extends HitSource {
  marks: Mark[];
  /** The first subheading with a matched word, when the title has none: what found the article. */
  heading?: { text: string; marks: Mark[] } | undefined;
}

/** An entity one of the query's words names. */
export interface EntityHit {
  id: string;
  name: string;
  type: string;
  /** Spelling of the entity's that the query matched, when it is not the name itself (`Zakharova`). */
  matchedAlias?: string | undefined;
}

/** An analysis whose words contain every word of the query; `marks` are spans of the title. */
export interface AnalysisHit {
  slug: string;
  /** Path below the site's base. */
  path: string;
  title: string;
  summary: string;
  date: string;
  marks: Mark[];
}

/** The results of a query, each group best first, with the number of matches in all. */
export interface SearchResponse {
  claims: ClaimHit[];
  articles: ArticleHit[];
  entities: EntityHit[];
  analyses: AnalysisHit[];
  totals: {
    claims: number;
    articles: number;
    entities: number;
    analyses: number;
    /** The claim and article counts are lower bounds (a phrase query stops checking texts once it has enough). */
    atLeast?: boolean;
  };
}
