import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../dates/date-expressions.ts';
import { statedNumbers } from './stated-numbers.ts';

describe('statedNumbers', () => {
  it('reads decimals and grouped thousands as one value each', () => {
    expect(statedNumbers('Wie im öffentlichen Raum muss der Mindestabstand von 1,50 Metern in Produktionshallen und Tischlereien gewahrt werden.')).toEqual(['1.5']);
    expect(statedNumbers('Es geht um etwa 7.300 Schusswaffen und fast acht Millionen Schuss Munitionen westlicher Hersteller.')).toEqual(['8', '7300']);
    expect(statedNumbers('Eine der Brücken zu Rheinland-Pfalz sei nicht mal 50 Meter lang.')).toEqual(['50']);
    expect(statedNumbers('Denn dafür muss man nicht wissen, ob sie fünf Meter oder zehn Meter voneinander entfernt waren.')).toEqual(['5', '10']);
  });

  it('reads a number inside a compound, but not the day or year of a date', () => {
    const text = 'Naryschkins Kontakt mit dem CIA-Chef fand kurz nach Gesprächen in Dschidda statt, bei denen sich die USA und die Ukraine auf einen 30-tägigen Waffenstillstand einigten.';
    expect(statedNumbers(text)).toEqual(['30']);
    const dated = 'Das letzte persönliche Gespräch zwischen den beiden Ländern fand am 10. Januar in Genf statt.';
    expect(statedNumbers(dated, findDateExpressions(dated, { published: '2022-11-15' }))).toEqual([]);
    expect(statedNumbers('Im Jahr 2023 sprach der Chef des SVR mit dem damaligen CIA-Direktor.')).toEqual([]);
  });
});
