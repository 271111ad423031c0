import { describe, expect, it } from 'vitest';
import { compoundsWithHead, joinedCompound, splitCompound } from './compounds.ts';
import { indexWords, stem, tokenize } from './normalize.ts';
import { Vocabulary } from './vocabulary.ts';

/** The vocabulary of a few real sentences (development pages: handwerksblatt.de, impulse.de, correctiv.org). */
const words = [
    ...new Set(
      indexWords(
        tokenize(
          [
            'Die neue Coronaschutzverordnung regelt ab dem 13.',
            'Besonders für den Fall einer Corona-Infektion sollten solche Engpässe frühzeitig geplant werden.',
            'Für den Besuch beim Friseur gilt die 2G-plus-Regel.',
            'Nähere Informationen entnehmen Sie bitte unserer Erklärung zum Datenschutz.',
            'Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Instagram.',
            'Er hat den Bezug zur Wirklichkeit verloren und verpasste den Zug.',
          ].join(' '),
        ),
      ).filter((w) => w.length >= 3),
    ),
  ].sort();
const vocabulary = new Vocabulary(words, words.map(stem));

describe('compounds against the dossier’s words', () => {
  it('splits a compound where both parts are words of the dossier, linking s included', () => {
    expect(splitCompound('datenschutzerklaerung', vocabulary)).toEqual([['datenschutz', 'erklaerung']]);
    expect(splitCompound('friseurbesuch', vocabulary)).toEqual([['friseur', 'besuch']]);
    expect(splitCompound('friseursbesuch', vocabulary)).toEqual([['friseur', 'besuch']]);
  });

  it('does not split where a part is no word of the dossier', () => {
    expect(splitCompound('friseurtermin', vocabulary)).toEqual([]);
  });

  it('joins two words written apart into the dossier’s compound, in either order the caller tries', () => {
    expect(joinedCompound('datenschutz', 'erklaerung', vocabulary)).toBe('datenschutzerklaerung');
    expect(joinedCompound('erklaerung', 'datenschutz', vocabulary)).toBeUndefined();
  });

  it('finds compounds by their head only where the modifier is a word too: Zug is in no Bezug', () => {
    expect(compoundsWithHead('erklaerung', vocabulary)).toEqual(['datenschutzerklaerung']);
    expect(compoundsWithHead('zug', vocabulary)).toEqual([]);
  });
});
