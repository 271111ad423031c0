import { describe, expect, it } from 'vitest';
import { primaryLanguage } from './primary-language.ts';

describe('primaryLanguage', () => {
  it('is the first subtag, lowercased', () => {
    expect(primaryLanguage('de')).toBe('de');
    expect(primaryLanguage('de-CH')).toBe('de');
    expect(primaryLanguage('EN-gb')).toBe('en');
  });
});
