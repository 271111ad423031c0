/**
 * Turns each query word into the index keys to fetch: the word's own term,
 * its other grammatical number (`Nachtzüge` for `Nachtzug`), terms that
 * sound like it across transliterations, terms a typo away (when the word
 * itself is not in the dossier), completions of the word being typed,
 * compounds (the dossier's compounds with the word as head, the word's
 * parts where it is a compound, the compound of two query words written
 * apart), and the entities it names (whose claims are posted under
 * `@<id>`, whatever spelling they use).
 */
import { compoundsWithHead, joinedCompound, splitCompound } from './compounds.ts';
import type { EntityLookup, EntityMatch } from './entity-lookup.ts';
import { entityKey } from './index-format.ts';
import { otherNumberStems } from './inflection.ts';
import type { QueryWord } from './parse-query.ts';
import { MATCH_WEIGHT, type Vocabulary } from './vocabulary.ts';

/** An index key a word matched, how well, and the index terms to mark in results found through it. */
export interface KeyMatch {
  key: string;
  weight: number;
  marks: readonly string[];
  /** A compound's parts: the documents containing all of them match, not those containing the (synthetic) key. */
  parts?: readonly string[];
}

/** A query word with everything it matched. */
export interface ResolvedWord {
  word: QueryWord;
  keys: KeyMatch[];
  entities: EntityMatch[];
}

/** Compounds shorter than this are not taken apart: `Zugang` is no `Zug` and `Gang`. */
const MIN_COMPOUND = 7;

/** Resolves the words of a query, each on its own and then adjacent pairs written apart as one compound. */
export function resolveQuery(words: readonly QueryWord[], vocabulary: Vocabulary, lookup: EntityLookup): ResolvedWord[] {
  const resolved = words.map((word) => resolveWord(word, vocabulary, lookup));
  for (let i = 0; i + 1 < resolved.length; i++) {
    const [a, b] = [resolved[i]!, resolved[i + 1]!];
    if (a.word.exact || b.word.exact) continue;
    const compound = joinedCompound(a.word.folded, b.word.folded, vocabulary) ?? joinedCompound(b.word.folded, a.word.folded, vocabulary);
    if (!compound) continue;
    // A reader who writes a compound of the dossier apart (`Flix Bus`) means the compound: the parts keep only
    // their own close matches, not completions (`Bußgeld` for `Bus`), typo neighbours or other compounds.
    for (const r of [a, b]) {
      r.keys = r.keys.filter((k) => k.weight >= MATCH_WEIGHT.joined);
      r.keys.push({ key: compound, weight: MATCH_WEIGHT.joined, marks: [compound] });
    }
  }
  return resolved;
}

/** Resolves one word. A word inside quotes matches only itself. */
export function resolveWord(word: QueryWord, vocabulary: Vocabulary, lookup: EntityLookup): ResolvedWord {
  const keys = new Map<string, KeyMatch>();
  const add = (key: string, weight: number, marks: readonly string[] = [key], parts?: readonly string[]) => {
    if ((keys.get(key)?.weight ?? 0) < weight) keys.set(key, { key, weight, marks, ...(parts && { parts }) });
  };
  add(word.term, MATCH_WEIGHT.exact);
  if (word.exact) return { word, keys: [...keys.values()], entities: [] };

  for (const term of otherNumberStems(word.term)) if (vocabulary.hasStem(term)) add(term, MATCH_WEIGHT.otherNumber);
  for (const m of vocabulary.soundingLike(word.folded)) add(m.term, m.weight);
  // A word the dossier contains is taken as meant: its neighbours a typo away are other words, and more chunks to fetch.
  if (!vocabulary.has(word.folded)) for (const m of vocabulary.similarTo(word.folded)) add(m.term, m.weight);
  if (word.prefix && word.folded.length >= 3) for (const m of vocabulary.withPrefix(word.folded)) add(m.term, m.weight);
  if (word.term.length >= 4) for (const term of compoundsWithHead(word.term, vocabulary)) add(term, MATCH_WEIGHT.head);
  if (word.folded.length >= MIN_COMPOUND) {
    for (const parts of splitCompound(word.folded, vocabulary)) add(parts.join(' '), MATCH_WEIGHT.parts, parts, parts);
  }

  const entities = lookup.match(word.term, word.folded, word.prefix);
  for (const m of entities) {
    if (m.distinctive) add(entityKey(lookup.entities[m.entity]!.id), m.weight, [...lookup.termsOf[m.entity]!]);
  }
  return { word, keys: [...keys.values()], entities };
}
