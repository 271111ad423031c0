import { describe, expect, it } from 'vitest';
import { seedEngine } from '../../test-support/search-index.ts';
import { indexWords, stem, tokenize } from './normalize.ts';
import { decodeStems, encodeStems } from './vocabulary-stems.ts';

describe('the vocabulary’s stems as the build ships them', () => {
  it('give back what stem() makes of every word of the seed dossier', async () => {
    const { index } = await seedEngine();
    const words = index.core.vocabulary.split('\n');
    expect(decodeStems(words, index.core.stems)).toEqual(words.map(stem));
    // Not only words the stemmer leaves whole: `gespraeche` loses its `e`, a genitive its `s`.
    expect(new Set(index.core.stems)).toEqual(new Set(['0', '1', '2', '3']));
  });

  it('turn an English -ies plural into its -y singular', () => {
    // test-fixtures/english-dossier: "… since Jan. 2024, e.g. for lost subsidies."
    const words = [...new Set(indexWords(tokenize("the company had paid compensation to the wind farm's owners since Jan. 2024, e.g. for lost subsidies.")))].sort();
    const code = encodeStems(words);
    expect(code).toContain('y');
    expect(decodeStems(words, code)).toEqual(words.map(stem));
    expect(decodeStems(words, code)).toContain('subsidy');
  });

  it('reject a code that does not fit the words', () => {
    expect(() => decodeStems(['gespraeche', 'naryschkins'], '1')).toThrow(/1 stems for 2 words/);
  });
});
