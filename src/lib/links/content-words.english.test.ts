/**
 * Content words of English claims (sentences of test-fixtures/english-dossier):
 * English function and reporting words are no evidence that two reports
 * state the same fact, and inflected forms meet.
 */
import { describe, expect, it } from 'vitest';
import { contentWords, stemSet } from './content-words.ts';

const surfaces = (text: string, language?: string) => contentWords(text, language).map((w) => w.surface);

describe('content words in English', () => {
  it('leaves out function and reporting words', () => {
    expect(surfaces('The first electricity from the Dogger Bank wind farm reached the national grid yesterday, North Sea Grid Ltd. said in a statement.', 'en')).toEqual([
      'electricity', 'Dogger', 'Bank', 'wind', 'farm', 'reached', 'national', 'grid', 'yesterday', 'North', 'Sea', 'Grid', 'Ltd', 'statement',
    ]);
  });

  it('stems inflected forms alike', () => {
    expect(stemSet('reported reports reporting', 'en').size).toBe(1);
    expect(stemSet('companies', 'en')).toEqual(stemSet('company', 'en'));
    expect(stemSet('turbines', 'en')).toEqual(stemSet('turbine', 'en'));
  });

  it('reads a German claim with German words, as before', () => {
    // "WHO" is the organisation in German text, not the English pronoun.
    expect(surfaces('Die WHO warnte am Montag vor einer neuen Welle.')).toEqual(['WHO', 'warnte', 'Montag', 'neuen', 'Welle']);
    expect(surfaces('The WHO warned on Monday of a new wave.', 'en')).not.toContain('The');
  });
});
