import { describe, expect, it } from 'vitest';
import { claimShareTitle, claimSource, SHARE_TITLE_LENGTH } from './claim-share.ts';

describe('claimShareTitle', () => {
  it('keeps a quote that fits', () => {
    expect(claimShareTitle('Das Gespräch dauerte 90 Minuten.')).toBe('Das Gespräch dauerte 90 Minuten.');
  });

  it('cuts a long quote at a word boundary before the limit', () => {
    const words = Array.from({ length: 60 }, (_, i) => `Wort${i}`).join(' ');
    const title = claimShareTitle(words);
    expect(title.length).toBeLessThanOrEqual(SHARE_TITLE_LENGTH);
    expect(title).toMatch(/ …$/);
    expect(words.startsWith(title.slice(0, -2))).toBe(true);
    expect(words[title.length - 2]).toBe(' ');
  });
});

describe('claimSource', () => {
  it('names outlet, date and article title', () => {
    expect(claimSource({ outlet: 'SeaPRwire', published: '2025-03-12', title: 'Telefonat', language: 'de' })).toBe('SeaPRwire · 12. März 2025 · Telefonat');
  });

  it('leaves out an unknown date', () => {
    expect(claimSource({ outlet: 'RT DE', title: 'Telefonat', language: 'de' })).toBe('RT DE · Telefonat');
  });
});
