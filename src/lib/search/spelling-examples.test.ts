import { describe, expect, it } from 'vitest';
import { TEST_ENTITIES } from '../../test-support/search-index.ts';
import { spellingExamples } from './spelling-examples.ts';

describe('spellingExamples', () => {
  it('takes one entity’s one-word spellings from the registry, in its order', () => {
    // Naryschkin comes first in the test registry and has three one-word spellings in two scripts.
    expect(spellingExamples(TEST_ENTITIES)).toEqual(['Naryschkin', 'Naryshkin', 'Нарышкин']);
  });

  it('prefers more writing systems among entities with as many spellings', () => {
    const entities = [
      { name: 'Dschidda', aliases: ['Jeddah', 'Jidda'] },
      { name: 'Ankara', aliases: ['Анкара', 'Angora'] },
    ];
    expect(spellingExamples(entities)).toEqual(['Ankara', 'Анкара', 'Angora']);
  });

  it('counts spellings that differ only in case once, and gives none without two', () => {
    expect(spellingExamples([{ name: 'Gerhard Müller', aliases: ['Müller', 'MÜLLER'] }])).toEqual([]);
    expect(spellingExamples([{ name: 'Gerhard Müller', aliases: ['Müller', 'Mueller'] }])).toEqual(['Müller', 'Mueller']);
    expect(spellingExamples([])).toEqual([]);
  });
});
