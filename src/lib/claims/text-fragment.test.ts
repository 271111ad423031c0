import { describe, expect, it } from 'vitest';
import { claimFragmentUrl, encodeTextDirectiveTerm, textDirective } from './text-fragment.ts';

describe('encodeTextDirectiveTerm', () => {
  it('encodes the characters that are syntax in a text directive', () => {
    expect(encodeTextDirectiveTerm('US-Präsident, Biden & Putin')).toBe('US%2DPr%C3%A4sident%2C%20Biden%20%26%20Putin');
  });

  it('encodes fragment and percent signs, and leaves the spec’s unreserved punctuation alone', () => {
    expect(encodeTextDirectiveTerm('#1 mit 50 % (laut „Quelle“).')).toBe('%231%20mit%2050%20%25%20(laut%20%E2%80%9EQuelle%E2%80%9C).');
  });
});

describe('textDirective', () => {
  it('gives a short sentence whole, whitespace collapsed', () => {
    expect(textDirective('  Das Gespräch  dauerte zwei Stunden. ')).toBe('text=Das%20Gespr%C3%A4ch%20dauerte%20zwei%20Stunden.');
  });

  it('gives a long sentence by its first and last four words', () => {
    const sentence = 'Der russische Präsident, Wladimir Putin, wird am Donnerstag ein Telefongespräch mit seinem US-Amtskollegen, Joe Biden, führen.';
    expect(textDirective(sentence)).toBe('text=Der%20russische%20Pr%C3%A4sident%2C%20Wladimir,US%2DAmtskollegen%2C%20Joe%20Biden%2C%20f%C3%BChren.');
  });

  it('takes more start words while the start also occurs earlier on the page', () => {
    const sentence = 'Im Jahr 2023 sprach der Chef des SVR mit dem damaligen CIA-Direktor William Burns.';
    const before = 'Überschrift. Im Jahr 2023 sprach der russische Präsident mit niemandem.';
    expect(textDirective(sentence, before)).toBe('text=Im%20Jahr%202023%20sprach%20der%20Chef,damaligen%20CIA%2DDirektor%20William%20Burns.');
  });

  it('compares with the page case-insensitively, as browsers match', () => {
    const sentence = 'Die beiden erörterten den Konflikt und die Meuterei des verstorbenen Gründers der Firma.';
    expect(textDirective(sentence, 'DIE BEIDEN ERÖRTERTEN DEN Rest')).toMatch(/^text=Die%20beiden%20er%C3%B6rterten%20den%20Konflikt,/);
  });

  it('takes more end words while the end occurs earlier in the sentence', () => {
    const sentence = 'Vorne steht etwas, das geht um die Sache und auch hinten geht um die Sache';
    expect(textDirective(sentence)).toBe('text=Vorne%20steht%20etwas%2C%20das,hinten%20geht%20um%20die%20Sache');
  });

  it('falls back to the whole sentence when start and end would meet', () => {
    const sentence = 'eins zwei drei vier fünf sechs sieben acht neun zehn elf';
    expect(textDirective(sentence, 'eins zwei drei vier fünf sechs sieben')).toBe(`text=${encodeURIComponent(sentence)}`);
  });
});

describe('claimFragmentUrl', () => {
  it('puts the claim id before the directive and replaces the page’s own fragment', () => {
    expect(claimFragmentUrl('https://dossier.example.org/articles/a/#main', 'c0123456789', 'Kurzer Satz.')).toBe(
      'https://dossier.example.org/articles/a/#c0123456789:~:text=Kurzer%20Satz.',
    );
  });
});
