/**
 * The cross-article step of a build: dates for every claim, corroboration
 * between claims, related articles. Pure; the articles loader runs it after
 * claims have their ids and stores what it returns with each article.
 */
import { datesOfSentences, type DateExpression } from '../dates/date-expressions.ts';
import { articleTexts } from './article-texts.ts';
import { corroborationByClaim, type Corroboration } from './corroboration.ts';
import type { EntityNames, LinkableArticle } from './linkable.ts';
import type { StandIns } from './entity-agreement.ts';
import { matchClaims } from './match-claims.ts';
import { generalVocabulary } from './general-vocabulary.ts';
import { append } from './multimap.ts';
import { relatedArticles, type RelatedArticle } from './related-articles.ts';
import { cosine } from './tfidf.ts';

/**
 * How alike two articles' texts must be (TF-IDF cosine, everyday words
 * weighed down) for their sentences to corroborate each other: reports of
 * one story. Two pages on different subjects that share a sentence-shaped
 * phrase (a consent form, a licence line, a general statement) are no two
 * sources of one fact. The true pairs of the labelled mixed dossier lie at
 * 0.20–0.32, the seeds' Geneva pair (003, 004) alone at 0.15; on the 352
 * development pages, which tell different stories, 35 of the 45 page pairs
 * linked without this floor lie below 0.1, and the pairs above it are the
 * two copies of one press release, two reports on VW's works meeting, on
 * the KfW stop, on the coronavirus, and four more on related subjects.
 */
const SAME_STORY = 0.1;

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
  /**
   * The date expressions of each claim, when an earlier run of the same code
   * read them from the same sentences, date and language (an unchanged
   * article): reading them again was a fifth of a warm build's cross-linking
   * (1.2 of 5.0 s CPU at 5,000 articles, 79,000 claims).
   */
  dates?: ReadonlyArray<readonly DateExpression[]> | undefined;
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
  /** The places that stand for each other (a capital and its country), by id: see `entities/standing-places.ts`. */
  standIns?: StandIns;
}

/** Dates, corroboration and related articles for a whole dossier in `language` (default German). */
export function crossLink(articles: readonly CrossLinkArticle[], entities?: EntityInput, language = 'de'): CrossLinks {
  const linkable: LinkableArticle[] = articles.map((article) => {
    const dates = article.dates ?? datesByClaim(article, language);
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
  const texts = articleTexts(linkable, generalVocabulary(language));
  // Sentences corroborate each other only within reports of one story (see SAME_STORY).
  const matches = matchClaims(linkable, entities?.standIns).filter((m) => cosine(texts.vectors[m.a.article]!, texts.vectors[m.b.article]!) >= SAME_STORY);
  const corroboration = corroborationByClaim(linkable, matches, entities?.names);
  const claims = new Map<string, ClaimLinks>();
  for (const article of linkable) {
    for (const claim of article.claims) {
      claims.set(claim.id, { dates: [...claim.dates], corroboration: corroboration.get(claim.id)! });
    }
  }
  return { claims, related: relatedArticles(linkable, matches, texts, { entityNames: entities?.names }) };
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
