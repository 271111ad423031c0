/**
 * Every one-edit typo of a seed word finds the word: generated over the
 * whole vocabulary of the seed dossier, so a rule that forgives `Kaesre`
 * but not `Kaser` shows up as a rate below 100 %.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { seedEngine } from '../../test-support/search-index.ts';
import { withinEdits } from '../text/edit-distance.ts';
import { EntityLookup } from './entity-lookup.ts';
import { GERMAN_STOPWORDS } from '../clean/german-stopwords.ts';
import { fold, isStopword, stem } from './normalize.ts';
import { parseQuery } from './parse-query.ts';
import { resolveWord } from './resolve-words.ts';
import { Vocabulary } from './vocabulary.ts';

let vocabulary: Vocabulary;
let lookup: EntityLookup;

beforeAll(async () => {
  const { index } = await seedEngine();
  vocabulary = Vocabulary.fromCore(index.core);
  lookup = new EntityLookup(index.core.entities);
});

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * The one-edit typos of `word`: every deletion and swap of neighbours, and
 * insertions and substitutions of five letters per position. All 26 take
 * 23 s on the seeds (222,502 typos, all found when last run in full); which
 * five varies with the position and the word's length, so over the
 * vocabulary every letter is still tried at every position.
 */
function typos(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    for (let k = 0; k < 5; k++) {
      const letter = LETTERS[(i * 5 + k * 11 + word.length * 3) % 26]!;
      out.add(word.slice(0, i) + letter + word.slice(i));
      if (i < word.length) out.add(word.slice(0, i) + letter + word.slice(i + 1));
    }
    if (i < word.length) out.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  out.delete(word);
  return [...out];
}

/** The keys a query word finds, as the engine resolves it (typed and finished, so no completions). */
const keysOf = (typed: string) => {
  const word = parseQuery(`${typed} `).words[0];
  return word ? resolveWord(word, vocabulary, lookup).keys.map((k) => k.key) : [];
};

describe('one-edit typos of the seed vocabulary', () => {
  it('find their word wherever no other word of the dossier is one edit from it', () => {
    const words = vocabulary.terms.filter((w) => /^[a-z]{4,}$/.test(w));
    const neighbours = [...vocabulary.terms, ...[...GERMAN_STOPWORDS].map(fold)];
    const byLength = Map.groupBy(neighbours, (w) => w.length);
    const unique = words.filter((w) =>
      [w.length - 1, w.length, w.length + 1].every((n) => (byLength.get(n) ?? []).every((o) => o === w || !withinEdits(w, o, 1))),
    );
    let tried = 0;
    const missed: string[] = [];
    for (const word of unique) {
      for (const typo of typos(word)) {
        if (isStopword(typo)) continue;
        tried++;
        if (!keysOf(typo).includes(stem(word))) missed.push(`${typo}→${word}`);
      }
    }
    console.log(`typos: ${tried - missed.length}/${tried} found (${((100 * (tried - missed.length)) / tried).toFixed(2)} %) over ${unique.length} of ${words.length} words`);
    expect(unique.length).toBeGreaterThan(400);
    expect(missed.slice(0, 20)).toEqual([]);
  });
});
