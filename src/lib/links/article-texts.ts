/**
 * Each article's text as one TF-IDF vector over its content words, with the
 * language's everyday words weighed down: what related articles compare,
 * and what tells whether two articles report one story at all.
 */
import { documentFrequencies } from './candidate-pairs.ts';
import type { ContentWord } from './content-words.ts';
import { claimWords, type LinkableArticle } from './linkable.ts';
import { tfidfVector, type TermVector } from './tfidf.ts';

/**
 * How much a word of the language's general vocabulary counts in text
 * similarity: "Menschen", "viel", "Uhr" shared by two reports are no kinship.
 */
const GENERAL_WORD_WEIGHT = 0.2;

/** The articles' words, in order, their document frequencies and vectors, by article index. */
export interface ArticleTexts {
  words: ContentWord[][];
  df: ReadonlyMap<string, number>;
  vectors: TermVector[];
  /** The general vocabulary the vectors weigh down. */
  general: ReadonlySet<string>;
}

export function articleTexts(articles: readonly LinkableArticle[], general: ReadonlySet<string>): ArticleTexts {
  const words = articles.map((a) => a.claims.flatMap((c) => claimWords(c)));
  const stems = words.map((list) => list.map((w) => w.stem));
  const df = documentFrequencies(stems.map((s) => new Set(s)));
  const scale = (stem: string) => (general.has(stem) ? GENERAL_WORD_WEIGHT : 1);
  return { words, df, vectors: stems.map((s) => tfidfVector(s, df, articles.length, scale)), general };
}
