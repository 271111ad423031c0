import { describe, expect, it } from 'vitest';
import { excerpt, shortenAtWord } from './excerpt.ts';

describe('excerpt', () => {
  it('leaves short text alone', () => {
    expect(excerpt('  Kurz und gut.  ', 100)).toBe('Kurz und gut.');
  });

  it('cuts at the last sentence end that fits', () => {
    const text = 'Erster Satz ist hier. Zweiter Satz ist auch da. Dritter Satz passt nicht mehr hinein.';
    expect(excerpt(text, 50)).toBe('Erster Satz ist hier. Zweiter Satz ist auch da.');
  });

  it('cuts at a word boundary with an ellipsis when no sentence end fits', () => {
    const text = 'Ein sehr langer Satz ohne Ende, der einfach immer weiter und weiter geht';
    const cut = excerpt(text, 40);
    expect(cut).toBe('Ein sehr langer Satz ohne Ende, der …');
    expect(cut.length).toBeLessThanOrEqual(40);
  });

  it('keeps closing quotes with the sentence they end', () => {
    const text = 'Er sagte: „Wir reden.“ Danach folgte ein langer Absatz, der nicht mehr in den Anriss passt.';
    expect(excerpt(text, 40)).toBe('Er sagte: „Wir reden.“');
  });
});

describe('shortenAtWord', () => {
  it('leaves a sentence that fits alone', () => {
    expect(shortenAtWord(' Ein Satz. ', 20)).toBe('Ein Satz.');
  });

  it('cuts a long sentence at a word, never at an ordinal’s period', () => {
    const sentence = 'Am 12. Februar führte Trump ein 90-minütiges Telefongespräch mit Putin.';
    expect(shortenAtWord(sentence, 40)).toBe('Am 12. Februar führte Trump ein …');
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(shortenAtWord('Eins, zwei, drei, vier', 13)).toBe('Eins, zwei …');
  });
});
