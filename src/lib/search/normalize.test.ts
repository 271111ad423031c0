import { describe, expect, it } from 'vitest';
import { fold, indexWords, isStopword, phoneticKey, stem, termsOf, tokenize } from './normalize.ts';

describe('fold', () => {
  it('folds case, ß and ss, umlauts and their spelled-out forms to one form', () => {
    expect(fold('Straße')).toBe(fold('STRASSE'));
    expect(fold('Außenministerium')).toBe('aussenministerium');
    expect(fold('Müller')).toBe(fold('Mueller'));
    expect(fold('Gespräch')).toBe(fold('Gespraech'));
    expect(fold('Österreich')).toBe(fold('Oesterreich'));
    expect(fold('ẞ')).toBe('ss');
  });

  it('drops other diacritics, also when decomposed', () => {
    expect(fold('Naryškin')).toBe('naryskin');
    expect(fold('Élysée')).toBe('elysee');
    expect(fold('Gespra\u0308ch')).toBe(fold('Gespräch'));
    expect(fold('Ge\u00adheim\u00addienst')).toBe('geheimdienst');
  });

  it('romanises Cyrillic as the wires do', () => {
    expect(fold('Нарышкин')).toBe('naryshkin');
    expect(fold('Захарова')).toBe('zakharova');
    expect(fold('Путин')).toBe('putin');
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text and splits compounds at hyphens', () => {
    const text = 'CIA-Direktor Ratcliffe traf „Naryschkin“.';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.folded)).toEqual(['cia', 'direktor', 'ratcliffe', 'traf', 'naryschkin']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['CIA', 'Direktor', 'Ratcliffe', 'traf', 'Naryschkin']);
  });

  it('counts a decomposed umlaut as part of its word', () => {
    const text = 'Gespra\u0308che';
    expect(tokenize(text)).toEqual([{ start: 0, end: text.length, folded: 'gespraeche' }]);
  });
});

describe('stem', () => {
  it('gives inflected forms one stem', () => {
    const stems = (words: string[]) => new Set(words.map((w) => stem(fold(w))));
    expect(stems(['Gespräch', 'Gespräche', 'Gesprächen', 'Gesprächs'])).toHaveProperty('size', 1);
    expect(stems(['Naryschkin', 'Naryschkins'])).toHaveProperty('size', 1);
    expect(stems(['Kongress', 'Kongresses'])).toHaveProperty('size', 1);
    expect(stems(['amerikanische', 'amerikanischen', 'amerikanischer', 'amerikanisches'])).toHaveProperty('size', 1);
  });

  it('leaves short words, numbers and names without endings alone', () => {
    expect(stem('rat')).toBe('rat');
    expect(stem('2025')).toBe('2025');
    expect(stem('putin')).toBe('putin');
    expect(stem('ankara')).toBe('ankara');
  });
});

describe('termsOf and indexWords', () => {
  it('drop function words and single characters; the terms are the words stemmed', () => {
    const tokens = tokenize('Der Chef des SVR und die CIA – 2 Behörden');
    expect(indexWords(tokens)).toEqual(['chef', 'svr', 'cia', 'behoerden']);
    expect(termsOf(tokens)).toEqual(['chef', 'svr', 'cia', 'behoerd']);
    expect(isStopword(fold('über'))).toBe(true);
  });
});

describe('phoneticKey', () => {
  const key = (word: string) => phoneticKey(stem(fold(word)));

  it('bridges German, English and Cyrillic spellings of the same name', () => {
    expect(key('Zakharova')).toBe(key('Sacharowa'));
    expect(key('Naryshkin')).toBe(key('Naryschkin'));
    expect(key('Нарышкин')).toBe(key('Naryschkin'));
    expect(key('Peskov')).toBe(key('Peskow'));
    expect(key('Sergey')).toBe(key('Sergej'));
    expect(key('Prigozhin')).toBe(key('Prigoschin'));
    expect(key('Kuznetsov')).toBe(key('Kusnezow'));
    expect(key('Zelensky')).toBe(key('Selenskyj'));
  });

  it('keeps different names apart', () => {
    expect(key('Burns')).not.toBe(key('Putin'));
    expect(key('Lawrow')).not.toBe(key('Peskow'));
  });
});
