import { describe, expect, it } from 'vitest';
import { closestLine } from './closest-line.ts';

const LINES = ['Abonnieren', 'Moskau fordert Sicherheitsgarantien', 'Bei der Ukraine und dem Westen läuten in der letzten Zeit die Alarmglocken.'];

describe('closestLine', () => {
  it('finds the line a passage was copied from with a typo, ignoring case', () => {
    expect(closestLine('moskau fordert Sicherheitsgarantein', LINES)).toEqual({ index: 1, distance: 2 });
  });

  it('finds a part of a long line', () => {
    expect(closestLine('dem Westen leuten', LINES)).toEqual({ index: 2, distance: 1 });
  });

  it('suggests nothing when no line is near', () => {
    expect(closestLine('Newsletter jetzt bestellen', LINES)).toBeUndefined();
    expect(closestLine('  ', LINES)).toBeUndefined();
  });
});
