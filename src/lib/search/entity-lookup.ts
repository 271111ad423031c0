/**
 * Query words against the entity registry: a word that is (or sounds like,
 * or nearly is) a word of an entity's name or of one of its aliases finds
 * the entity, and through it every claim naming it under any spelling:
 * `Zakharova` finds the claims that say `Sacharowa`, `Jeddah` those that
 * say `Dschidda`, `Нарышкин` those that say `Naryshkin`.
 */
import { editsBetween } from '../text/edit-distance.ts';
import type { SearchEntity } from './index-format.ts';
import { indexWords, phoneticKey, stem, termsOf, tokenize } from './normalize.ts';
import { MATCH_WEIGHT, allowedEdits } from './vocabulary.ts';

/** An entity a query word found. */
export interface EntityMatch {
  /** Index into the entity list. */
  entity: number;
  weight: number;
  /**
   * The word stands for this entity alone: it is one of its spellings on its
   * own (`Burns`, even if an event's alias also contains it), or no other
   * entity's spellings contain it (`Sacharowa`, not `Maria`). Only then does
   * the word find every claim naming the entity, however spelled.
   */
  distinctive: boolean;
  /** The entity's term that matched. */
  via: string;
}

export class EntityLookup {
  readonly entities: readonly SearchEntity[];
  /** The index terms of every entity's name and aliases. */
  readonly termsOf: readonly ReadonlySet<string>[];
  private readonly owners = new Map<string, number[]>();
  /** The entity a term stands for on its own, where exactly one entity has it as a one-word spelling. */
  private readonly soleOwner = new Map<string, number>();
  private readonly phonetic = new Map<string, string[]>();
  /** The words of the names and aliases as written (folded): typos are one edit from these, not from their stems (see vocabulary.ts). */
  private readonly words: readonly string[];

  constructor(entities: readonly SearchEntity[]) {
    this.entities = entities;
    this.termsOf = entities.map((e) => new Set([e.name, ...e.aliases].flatMap((alias) => termsOf(tokenize(alias)))));
    this.termsOf.forEach((terms, i) => {
      for (const term of terms) {
        const owners = this.owners.get(term);
        if (owners) owners.push(i);
        else this.owners.set(term, [i]);
      }
    });
    const oneWord = new Map<string, Set<number>>();
    entities.forEach((e, i) => {
      for (const alias of [e.name, ...e.aliases]) {
        const terms = termsOf(tokenize(alias));
        if (terms.length === 1) oneWord.set(terms[0]!, (oneWord.get(terms[0]!) ?? new Set()).add(i));
      }
    });
    for (const [term, owners] of oneWord) if (owners.size === 1) this.soleOwner.set(term, [...owners][0]!);
    for (const term of this.owners.keys()) {
      if (term.length < 4) continue;
      const key = phoneticKey(term);
      this.phonetic.set(key, [...(this.phonetic.get(key) ?? []), term]);
    }
    this.words = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases].flatMap((alias) => indexWords(tokenize(alias)))))];
  }

  /**
   * The entities a query word finds (its index term `term`, its folded
   * form `folded`), best first; one match per entity. With `prefix` (the
   * word still being typed), entity words beginning with it match too.
   */
  match(term: string, folded: string, prefix = false): EntityMatch[] {
    const best = new Map<number, EntityMatch>();
    const add = (word: string, weight: number) => {
      const owners = this.owners.get(word) ?? [];
      for (const entity of owners) {
        const sole = this.soleOwner.get(word);
        const distinctive = sole === undefined ? owners.length === 1 : sole === entity;
        if ((best.get(entity)?.weight ?? 0) < weight) best.set(entity, { entity, weight, distinctive, via: word });
      }
    };
    add(term, MATCH_WEIGHT.exact);
    if (term.length >= 4) for (const word of this.phonetic.get(phoneticKey(term)) ?? []) add(word, MATCH_WEIGHT.phonetic);
    if (prefix && folded.length >= 3) {
      for (const word of this.owners.keys()) if (word.startsWith(folded)) add(word, MATCH_WEIGHT.prefix);
    }
    const edits = allowedEdits(folded.length);
    for (const word of edits > 0 ? this.words : []) {
      if (Math.abs(word.length - folded.length) > edits) continue;
      const d = editsBetween(folded, word, edits);
      if (d > 0 && d <= edits) add(stem(word), MATCH_WEIGHT.fuzzy - (d - 1) * MATCH_WEIGHT.secondEdit);
    }
    return [...best.values()].sort((a, b) => b.weight - a.weight);
  }

  /** The first of an entity's spellings (name, then aliases) containing the matched term `via`. */
  spellingWith(entity: number, via: string): string {
    const { name, aliases } = this.entities[entity]!;
    return [name, ...aliases].find((alias) => termsOf(tokenize(alias)).includes(via)) ?? name;
  }
}
