/**
 * Turns each query word into the index keys to fetch: the word's own term,
 * terms that sound like it across transliterations, terms a typo away (when
 * the word itself is not in the dossier), completions of the word being
 * typed, and the entities it names (whose claims are posted under
 * `@<id>`, whatever spelling they use).
 */
import type { EntityLookup, EntityMatch } from './entity-lookup.ts';
import { entityKey } from './index-format.ts';
import type { QueryWord } from './parse-query.ts';
import { MATCH_WEIGHT, type Vocabulary } from './vocabulary.ts';

/** An index key a word matched, how well, and the index terms to mark in results found through it. */
export interface KeyMatch {
  key: string;
  weight: number;
  marks: readonly string[];
}

/** A query word with everything it matched. */
export interface ResolvedWord {
  word: QueryWord;
  keys: KeyMatch[];
  entities: EntityMatch[];
}

/** Resolves one word. A word inside quotes matches only itself. */
export function resolveWord(word: QueryWord, vocabulary: Vocabulary, lookup: EntityLookup): ResolvedWord {
  const keys = new Map<string, KeyMatch>();
  const add = (key: string, weight: number, marks: readonly string[] = [key]) => {
    if ((keys.get(key)?.weight ?? 0) < weight) keys.set(key, { key, weight, marks });
  };
  add(word.term, MATCH_WEIGHT.exact);
  if (word.exact) return { word, keys: [...keys.values()], entities: [] };

  for (const m of vocabulary.soundingLike(word.folded)) add(m.term, m.weight);
  // A word the dossier contains is taken as meant: its neighbours a typo away are other words, and more chunks to fetch.
  if (!vocabulary.has(word.folded)) for (const m of vocabulary.similarTo(word.folded)) add(m.term, m.weight);
  if (word.prefix && word.folded.length >= 3) for (const m of vocabulary.withPrefix(word.folded)) add(m.term, m.weight);

  const entities = lookup.match(word.term, word.prefix ? word.folded : undefined);
  for (const m of entities) {
    if (m.distinctive) add(entityKey(lookup.entities[m.entity]!.id), m.weight, [...lookup.termsOf[m.entity]!]);
  }
  return { word, keys: [...keys.values()], entities };
}
