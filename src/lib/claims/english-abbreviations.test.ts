/**
 * Every entry of the English lexicon, checked through the splitter, so an
 * addition that cannot work (a typo, an entry in two lists) fails here.
 */
import { describe, expect, it } from 'vitest';
import {
  ENGLISH_ABBREVIATIONS,
  ENGLISH_NAME_SUFFIXES,
  ENGLISH_NUMBER_ABBREVIATIONS,
  ENGLISH_SENTENCE_FINAL,
  ENGLISH_SENTENCE_OPENERS,
} from './english-abbreviations.ts';
import { splitSentences } from './split-sentences.ts';

const texts = (paragraph: string, language = 'en') => splitSentences(paragraph, language).map((s) => s.text);

describe('English abbreviation lexicon', () => {
  it('keeps its lists disjoint', () => {
    const seen = [...ENGLISH_ABBREVIATIONS, ...ENGLISH_SENTENCE_FINAL, ...ENGLISH_NAME_SUFFIXES, ...ENGLISH_NUMBER_ABBREVIATIONS];
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([...ENGLISH_ABBREVIATIONS])('never ends a sentence after "%s"', (abbreviation) => {
    expect(texts(`It was ${abbreviation} Holloway who spoke. Then she left.`)).toEqual([`It was ${abbreviation} Holloway who spoke.`, 'Then she left.']);
  });

  it.each([...ENGLISH_SENTENCE_FINAL])('ends a sentence after "%s" before a capital only', (abbreviation) => {
    expect(texts(`It was sold by Baxter ${abbreviation} Then prices rose.`)).toEqual([`It was sold by Baxter ${abbreviation}`, 'Then prices rose.']);
    expect(texts(`It was sold by Baxter ${abbreviation} and others. Then prices rose.`)).toHaveLength(2);
  });

  it.each([...ENGLISH_NAME_SUFFIXES])('ends a sentence after "%s" only before a word that opens one', (suffix) => {
    expect(texts(`The speech was given by Robert Hale ${suffix} He spoke for an hour.`)).toEqual([`The speech was given by Robert Hale ${suffix}`, 'He spoke for an hour.']);
    expect(texts(`Martin Luther King ${suffix} Day falls on Monday. Schools will be closed.`)).toHaveLength(2);
  });

  it.each([...ENGLISH_NUMBER_ABBREVIATIONS])('treats "%s" as an abbreviation before a number only', (abbreviation) => {
    expect(texts(`See ${abbreviation} 5 of the report. Then read on.`)).toEqual([`See ${abbreviation} 5 of the report.`, 'Then read on.']);
    expect(texts(`It was ${abbreviation} Then it ended.`)).toEqual([`It was ${abbreviation}`, 'Then it ended.']);
  });

  it.each([...ENGLISH_SENTENCE_OPENERS])('ends a sentence after "U.S." before "%s"', (opener) => {
    expect(texts(`The talks were held in the U.S. ${opener} said so.`)).toEqual(['The talks were held in the U.S.', `${opener} said so.`]);
  });

  it('applies by the language given, not to German text', () => {
    // "60 m." ends an English sentence; German keeps single-letter initials ("z." of "z. B.") whole.
    expect(texts('The cable runs at 60 m. It was laid in 2021.')).toHaveLength(2);
    expect(texts('Viele Länder, z. B. Frankreich, waren dagegen.', 'de')).toHaveLength(1);
    expect(texts('Viele Länder, z. B. Frankreich, waren dagegen.', 'en')).toHaveLength(2);
    // The German article of the English fixture dossier: "Mio." is German, and split by German rules only.
    const german = 'Die Reparatur kostete rund 3,5 Mio. Pfund, teilte das Unternehmen mit.';
    expect(texts(german, 'de')).toEqual([german]);
    expect(texts(german, 'en')).toHaveLength(2);
  });
});
