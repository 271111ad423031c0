/**
 * The cross-article step of a build: dates for every claim, corroboration
 * between claims, related articles. Pure; the articles loader runs it after
 * claims have their ids and stores what it returns with each article.
 */
import { datesOfSentences, type DateExpression } from '../dates/date-expressions.ts';
import { corroborationByClaim, type Corroboration } from './corroboration.ts';
import type { EntityNames, LinkableArticle } from './linkable.ts';
import { matchClaims } from './match-claims.ts';
import { generalVocabulary } from './general-vocabulary.ts';
import { append } from './multimap.ts';
import { relatedArticles, type RelatedArticle } from './related-articles.ts';

/** An article as the loader knows it after publishing claims. */
export interface CrossLinkArticle {
  slug: string;
  outlet: string;
  title: string;
  published?: string | undefined;
  /** The article's language (its sidecar's, else the dossier's): its dates are read with that language's words. */
  language?: string | undefined;
  /** Claims in reading order, with the index of their paragraph. */
  claims: ReadonlyArray<{ id: string; text: string; block: number }>;
}

/** What cross-linking adds to each claim. */
export interface ClaimLinks {
  dates: DateExpression[];
  corroboration: Corroboration;
}

/** Everything cross-linking found, to store with the articles. */
export interface CrossLinks {
  /** By claim id. */
  claims: Map<string, ClaimLinks>;
  /** By article slug. */
  related: Map<string, RelatedArticle[]>;
}

/** Shared entities, when the entity registry provides them: ids per claim and names per id. */
export interface EntityInput {
  ofClaim: (claimId: string) => readonly string[];
  names: EntityNames;
}

/** Dates, corroboration and related articles for a whole dossier in `language` (default German). */
export function crossLink(articles: readonly CrossLinkArticle[], entities?: EntityInput, language = 'de'): CrossLinks {
  const linkable: LinkableArticle[] = articles.map((article) => {
    const dates = datesByClaim(article, language);
    return {
      ...article,
      claims: article.claims.map((claim, i) => ({
        id: claim.id,
        text: claim.text,
        dates: dates[i]!,
        entities: entities?.ofClaim(claim.id) ?? [],
        language: article.language ?? language,
      })),
    };
  });
  const matches = matchClaims(linkable);
  const corroboration = corroborationByClaim(linkable, matches, entities?.names);
  const claims = new Map<string, ClaimLinks>();
  for (const article of linkable) {
    for (const claim of article.claims) {
      claims.set(claim.id, { dates: [...claim.dates], corroboration: corroboration.get(claim.id)! });
    }
  }
  return { claims, related: relatedArticles(linkable, matches, { entityNames: entities?.names, generalVocabulary: generalVocabulary(language) }) };
}

/** The date expressions of each claim, read paragraph by paragraph (a year stated earlier is context). */
function datesByClaim(article: CrossLinkArticle, dossierLanguage: string): DateExpression[][] {
  const result: DateExpression[][] = new Array(article.claims.length);
  const byBlock = new Map<number, number[]>();
  article.claims.forEach((claim, i) => append(byBlock, claim.block, i));
  for (const indices of byBlock.values()) {
    const dates = datesOfSentences(indices.map((i) => article.claims[i]!.text), article.published, article.language ?? dossierLanguage);
    indices.forEach((claimIndex, k) => (result[claimIndex] = dates[k]!));
  }
  return result;
}
