import { describe, expect, it } from 'vitest';
import { alignLines } from './align-lines.ts';

describe('alignLines', () => {
  it('matches the lines that reappear in order and skips the ones left out', () => {
    expect(alignLines(['Menü', 'ErsterAbsatz.', 'Werbung', 'ZweiterAbsatz.'], 'ErsterAbsatz.ZweiterAbsatz.')).toEqual([false, true, false, true]);
  });

  it('is not thrown off by a line that occurs again later (a headline repeated in a teaser)', () => {
    const headline = 'DieRegierungbeschließtneuesGesetz';
    const article = `Einleitung.${'Langer Absatz über das Gesetz.'.repeat(3)}Schluss.${headline}`;
    const lines = [headline, 'Einleitung.', 'LangerAbsatzüberdasGesetz.'.repeat(3), 'Schluss.'];
    expect(alignLines(lines, article.replace(/\s+/g, ''))).toEqual([false, true, true, true]);
  });

  it('never matches an empty line, and matches nothing in an empty text', () => {
    expect(alignLines(['', 'a'], 'a')).toEqual([false, true]);
    expect(alignLines(['a', 'b'], '')).toEqual([false, false]);
  });
});
