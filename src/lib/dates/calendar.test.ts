import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoOf, isoWeekday, monthRange, seasonRange, weekRange, yearRange } from './calendar.ts';
import { nearestWeekday, nearestYearly, reachOf } from './infer-period.ts';
import { clauseAround, directionAt } from './tense.ts';

describe('calendar', () => {
  it('rolls days over months and years, in UTC', () => {
    expect(addDays('2021-12-29', 3)).toBe('2022-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(isoOf(2025, 13, 1)).toBe('2026-01-01');
    expect(isoOf(50, 1, 1)).toBe('0050-01-01');
    expect(daysBetween('2020-01-13', '2020-02-05')).toBe(23);
    expect(daysBetween('2020-02-05', '2019-02-05')).toBe(-365);
  });

  it('knows weekdays and weeks from Monday to Sunday', () => {
    expect(isoWeekday('2025-03-12')).toBe(3);
    expect(isoWeekday('2025-03-16')).toBe(7);
    expect(weekRange('2025-03-16')).toEqual({ start: '2025-03-10', end: '2025-03-16' });
  });

  it('gives months, years and seasons as ranges; winter runs into the next year', () => {
    expect(monthRange(2024, 2)).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(monthRange(2025, 0)).toEqual({ start: '2024-12-01', end: '2024-12-31' });
    expect(yearRange(2023)).toEqual({ start: '2023-01-01', end: '2023-12-31' });
    expect(seasonRange('winter', 2021)).toEqual({ start: '2021-12-01', end: '2022-02-28' });
  });
});

describe('nearestYearly and nearestWeekday', () => {
  const june = (y: number) => monthRange(y, 6);
  it.each([
    ['past', '2025-03-12', '2024-06-01'],
    ['future', '2025-03-12', '2025-06-01'],
    ['past', '2025-06-15', '2025-06-01'],
    ['future', '2025-06-15', '2025-06-01'],
    ['before', '2025-06-15', '2024-06-01'],
    ['after', '2025-06-15', '2026-06-01'],
    ['containing', '2025-03-12', '2025-06-01'],
    // The nearer of past and future: June 2025 lies 81 days ahead of 12 March, June 2024 ended 254 days before.
    ['present', '2025-03-12', '2025-06-01'],
    ['present', '2025-11-12', '2025-06-01'],
    ['present', '2025-06-15', '2025-06-01'],
  ] as const)('%s of %s: June starting %s', (reach, reference, start) => {
    expect(nearestYearly(reference, reach, june).start).toBe(start);
  });

  it('counts the reference day itself for past and future, not for before and after', () => {
    expect(nearestWeekday('2025-03-12', 'past', 3)).toBe('2025-03-12');
    expect(nearestWeekday('2025-03-12', 'future', 3)).toBe('2025-03-12');
    expect(nearestWeekday('2025-03-12', 'before', 3)).toBe('2025-03-05');
    expect(nearestWeekday('2025-03-12', 'after', 3)).toBe('2025-03-19');
    expect(nearestWeekday('2025-03-12', 'containing', 1)).toBe('2025-03-10');
    // Present: Friday 14th is two days ahead, Monday 10th two days back: the past wins a tie.
    expect(nearestWeekday('2025-03-12', 'present', 5)).toBe('2025-03-14');
    expect(nearestWeekday('2025-03-12', 'present', 1)).toBe('2025-03-10');
  });

  it('reads modifiers in every declension', () => {
    expect(reachOf('vergangenen', 'future')).toBe('before');
    expect(reachOf('Kommende', 'past')).toBe('after');
    expect(reachOf('diesem', 'past')).toBe('containing');
    expect(reachOf(undefined, 'future')).toBe('future');
  });
});

describe('directionAt', () => {
  it('looks at the clause of the date only', () => {
    const text = 'Trump sagte am Dienstag, er werde diese Woche anrufen.';
    expect(clauseAround(text, text.indexOf('am Dienstag'), text.indexOf(','))).toBe('Trump sagte am Dienstag');
    expect(directionAt(text, text.indexOf('am Dienstag'), text.indexOf(','))).toBe('past');
    expect(directionAt(text, text.indexOf('diese Woche'), text.indexOf(' anrufen'))).toBe('future');
  });

  it.each([
    ['Putin wird am Donnerstag telefonieren.', 'future'],
    ['Das für den 10. Januar geplante Treffen.', 'future'],
    ['Die Konferenz soll am Montag beginnen.', 'future'],
    ['Das Gespräch fand am Dienstag statt.', 'past'],
    ['„Wir treffen uns am Montag“, sagte er, und es wird spannend.', 'past'],
    ['Der nächste Stammtisch findet am Mittwoch im Cafe Hurricane statt.', 'future'],
    ['Die Entscheidung steht am Samstag an.', 'future'],
    ['Am Montag ist Hauptversammlung.', 'present'],
    ['Er ist am Montag nach Berlin gereist.', 'past'],
    ['Die Täter sind am Montag verhaftet worden.', 'past'],
  ] as const)('%s → %s', (text, direction) => {
    const at = text.indexOf('am ') >= 0 ? text.indexOf('am ') : text.indexOf('den ');
    expect(directionAt(text, at, at + 6)).toBe(direction);
  });
});
