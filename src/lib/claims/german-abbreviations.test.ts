/**
 * Every entry of the German lexicon, checked through the splitter, so an
 * addition that cannot work (a typo, a wrong list) fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  GERMAN_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  ORDINAL_DETERMINERS,
  ORDINAL_NOUNS,
  SENTENCE_FINAL_ABBREVIATIONS,
} from './german-abbreviations.ts';
import { splitSentences } from './split-sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

/** "z.B." and its spaced spelling "z. B."; "Dipl.-Ing." has no spaced one. */
const spellings = (abbreviation: string) => [...new Set([abbreviation, abbreviation.replace(/\.(?=\p{L})/gu, '. ')])];

describe('German abbreviation lexicon', () => {
  it('keeps its lists disjoint', () => {
    const seen = [...GERMAN_ABBREVIATIONS, ...SENTENCE_FINAL_ABBREVIATIONS, ...NUMBER_ABBREVIATIONS];
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([...GERMAN_ABBREVIATIONS].flatMap(spellings))('never ends a sentence after "%s"', (abbreviation) => {
    expect(texts(`Genannt wurde ${abbreviation} Müller heute. Dann ging er.`)).toEqual([
      `Genannt wurde ${abbreviation} Müller heute.`,
      'Dann ging er.',
    ]);
    expect(texts(`Es waren ${abbreviation} 500 Leute. Dann ging er.`)).toHaveLength(2);
  });

  it.each([...SENTENCE_FINAL_ABBREVIATIONS].flatMap(spellings))('ends a sentence after "%s" before a capital only', (abbreviation) => {
    expect(texts(`Es gab Gas, Öl ${abbreviation} Dann ging er.`)).toEqual([`Es gab Gas, Öl ${abbreviation}`, 'Dann ging er.']);
    expect(texts(`Es gab Gas, Öl ${abbreviation} und mehr. Dann ging er.`)).toHaveLength(2);
  });

  it.each([...NUMBER_ABBREVIATIONS])('treats "%s" as an abbreviation before a number only', (abbreviation) => {
    expect(texts(`Das war ${abbreviation} 5 so. Dann ging er.`)).toEqual([`Das war ${abbreviation} 5 so.`, 'Dann ging er.']);
    expect(texts(`Das war ${abbreviation} Dann ging er.`)).toEqual([`Das war ${abbreviation}`, 'Dann ging er.']);
  });

  it.each([...ORDINAL_NOUNS])('reads a number before "%s" as an ordinal', (noun) => {
    expect(texts(`Erreicht wurde 3. ${noun} heute. Dann ging er.`)).toHaveLength(2);
  });

  it.each([...ORDINAL_DETERMINERS])('reads a number after "%s" as an ordinal', (determiner) => {
    expect(texts(`Es war ${determiner} 3. Ziel heute. Dann ging er.`)).toHaveLength(2);
  });
});
