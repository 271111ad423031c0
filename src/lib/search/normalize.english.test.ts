/**
 * English plurals fold with their singulars, on words of the English fixture
 * dossier (test-fixtures/english-dossier): a reader searching "company" finds
 * "companies", "turbine" finds "turbines".
 */
import { describe, expect, it } from 'vitest';
import { stem, termsOf, tokenize } from './normalize.ts';

/** The index terms of a text (written with `termsOf`, which main's search keeps). */
const indexTerms = (text: string) => termsOf(tokenize(text));

describe('English plurals', () => {
  it.each([
    ['turbines', 'turbine'], ['investors', 'investor'], ['hearings', 'hearing'], ['cables', 'cable'], ['companies', 'company'],
    ['cities', 'city'], ['subsidies', 'subsidy'], ['months', 'month'], ['homes', 'home'], ['stories', 'story'],
  ])('"%s" and "%s" share a stem', (plural, singular) => {
    expect(stem(plural)).toBe(stem(singular));
  });

  it('leaves German words alone that only look like it', () => {
    expect(stem('serien')).toBe(stem('serie'));
    expect(stem('kongress')).toBe('kongress');
  });

  it('finds a sentence of the fixture by the singular of its words', () => {
    const claim = "Its chief executive, Margaret Holloway, said the company had paid compensation to the wind farm's owners since Jan. 2024, e.g. for lost subsidies.";
    expect(indexTerms(claim)).toEqual(expect.arrayContaining([...indexTerms('owner'), ...indexTerms('subsidy'), ...indexTerms('companies')]));
  });
});
