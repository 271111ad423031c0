/**
 * Quoted phrases are checked on the text itself: the postings only say
 * that a claim contains every word of the phrase, not that they stand
 * together and in order.
 */
import { containsPhrase } from './parse-query.ts';
import { tokenize } from './normalize.ts';

/** The hits whose text contains every phrase (folded word sequences) word for word. */
export function verifyPhrases<T>(hits: readonly T[], textOf: (hit: T) => string, phrases: readonly (readonly string[])[]): T[] {
  return hits.filter((hit) => {
    const words = tokenize(textOf(hit)).map((t) => t.folded);
    return phrases.every((phrase) => containsPhrase(words, phrase));
  });
}
