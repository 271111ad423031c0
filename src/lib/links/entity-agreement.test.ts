import { describe, expect, it } from 'vitest';
import { entityAgreement } from './entity-agreement.ts';

const one = () => 1;
// As standingPlaces reads them off the seed registry's descriptions ("Hauptstadt der Türkei.", "Hauptstadt Russlands.").
const standIns = new Map([
  ['ankara', ['turkey']],
  ['turkey', ['ankara']],
  ['moscow', ['russia']],
  ['russia', ['moscow']],
  ['kyiv', ['ukraine']],
  ['ukraine', ['kyiv']],
]);

describe('entityAgreement', () => {
  it('is the weighted Jaccard similarity without stand-ins', () => {
    // 002.1 of the seeds ("Gespräche in der Hauptstadt von Türkiye … Naryshkin") and 003.2 ("türkischen Hauptstadt Ankara").
    const a = new Set(['john-kirby', 'turkey', 'sergey-naryshkin']);
    const b = new Set(['kommersant', 'ankara', 'sergey-naryshkin']);
    expect(entityAgreement(a, b, one)).toBeCloseTo(1 / 5);
    expect(entityAgreement(a, b, (id) => (id === 'sergey-naryshkin' ? 3 : 1))).toBeCloseTo(3 / 7);
  });

  it('counts a place as shared when the other names a place standing for it instead', () => {
    const a = new Set(['john-kirby', 'turkey', 'sergey-naryshkin']);
    const b = new Set(['kommersant', 'ankara', 'sergey-naryshkin']);
    expect(entityAgreement(a, b, one, standIns)).toBeCloseTo(3 / 5);
  });

  it('adds nothing for a stand-in when the other names the place itself too', () => {
    // 000.10 (Trump, Putin, Ukraine) and 001.7 (… Ukraine … Kiew): Kiew stands for a Ukraine both name.
    const a = new Set(['donald-trump', 'vladimir-putin', 'ukraine']);
    const b = new Set(['sergey-naryshkin', 'ukraine', 'kyiv']);
    expect(entityAgreement(a, b, one, standIns)).toBeCloseTo(entityAgreement(a, b, one));
  });
});
