import { describe, expect, it } from 'vitest';
import { contentWords, fold, stem, stemSet } from './content-words.ts';

describe('fold and stem', () => {
  it('folds umlauts, ß and the spellings of transliterated names', () => {
    expect(fold('Außenministerium')).toBe('aussenministerium');
    expect(fold('Naryschkin')).toBe(fold('Naryshkin'));
    expect(fold('Sergej')).toBe(fold('Sergey'));
    expect(fold('Peskow')).toBe(fold('Peskov'));
  });

  it.each([
    ['vereinbarten', 'vereinbart'],
    ['regelmäßigen', 'regelmäßige'],
    ['Kontakte', 'Kontakt'],
    ['Sicherheitsgarantien', 'Sicherheitsgarantie'],
    ['russischen', 'russischer'],
    ['Gesprächs', 'Gespräche'],
  ])('%s and %s share a stem', (a, b) => {
    expect(stem(fold(a))).toBe(stem(fold(b)));
  });

  it('never cuts a word below four letters', () => {
    expect(stem('usa')).toBe('usa');
    expect(stem('genf')).toBe('genf');
  });
});

describe('contentWords', () => {
  it('drops function and reporting words, splits compounds at hyphens, keeps numbers of two digits', () => {
    const words = contentWords('Der CIA-Chef sagte, dass er am 12. Februar einen 30-tägigen Waffenstillstand will.');
    expect(words.map((w) => w.surface)).toEqual(['CIA', 'Chef', '12', 'Februar', '30', 'tägigen', 'Waffenstillstand']);
  });

  it('gives two wordings of one fact common stems', () => {
    const a = stemSet('Naryshkin und Ratcliffe haben vereinbart, regelmäßigen Kontakt zu pflegen.');
    const b = stemSet('Die Parteien vereinbarten, regelmäßige Kontakte aufrechtzuerhalten, so Naryschkin.');
    expect([...a].filter((s) => b.has(s))).toHaveLength(4);
  });
});
