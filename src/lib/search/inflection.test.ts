import { describe, expect, it } from 'vitest';
import { PLURAL_PAIRS } from '../../test-support/german-word-pairs.ts';
import { otherNumberStems } from './inflection.ts';
import { fold, stem } from './normalize.ts';

describe('otherNumberStems', () => {
  it.each(PLURAL_PAIRS.map(([singular, plural]) => [singular, plural]))('%s and %s share a stem or are each other’s other number', (singular, plural) => {
    const [s, p] = [stem(fold(singular)), stem(fold(plural))];
    expect(s === p || (otherNumberStems(s).includes(p) && otherNumberStems(p).includes(s))).toBe(true);
  });

  it('takes the feminine plural to the singular and back', () => {
    expect(otherNumberStems(stem(fold('Athletinnen')))).toContain(stem(fold('Athletin')));
    expect(otherNumberStems(stem(fold('Athletin')))).toContain(stem(fold('Athletinnen')));
  });

  it('leaves short terms and numbers alone', () => {
    expect(otherNumberStems('zug')).toEqual([]);
    expect(otherNumberStems('2021')).toEqual([]);
  });
});
