import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.ts';
import { formatEventDate, machineDate, type EventDate } from './event-date.ts';

const day = (start: string): EventDate => ({ date: { start, end: start }, precision: 'day' });

describe('formatEventDate', () => {
  it.each<[EventDate, string, string]>([
    [day('2025-02-12'), '12. Februar 2025', '2025-02-12'],
    [{ ...day('2021-12-30'), qualifier: 'evening' }, '30. Dezember 2021, abends', '2021-12-30'],
    [{ date: { start: '2025-03-10', end: '2025-03-16' }, precision: 'week' }, 'Woche ab 10. März 2025', '2025-W11'],
    [{ date: { start: '2021-01-04', end: '2021-01-10' }, precision: 'week' }, 'Woche ab 4. Januar 2021', '2021-W01'],
    [{ date: { start: '2022-06-01', end: '2022-06-30' }, precision: 'month', qualifier: 'mid' }, 'Juni 2022 (Mitte)', '2022-06'],
    [{ date: { start: '2022-09-01', end: '2022-09-30' }, precision: 'month', qualifier: 'late' }, 'September 2022 (Ende)', '2022-09'],
    [{ date: { start: '2020-06-01', end: '2020-08-31' }, precision: 'season' }, 'Sommer 2020', '2020'],
    [{ date: { start: '2021-12-01', end: '2022-02-28' }, precision: 'season' }, 'Winter 2021/22', '2021'],
    [{ date: { start: '2023-01-01', end: '2023-12-31' }, precision: 'year' }, '2023', '2023'],
    [{ date: { start: '2010-01-01', end: '2010-12-31' }, precision: 'year', qualifier: 'since' }, 'seit 2010', '2010'],
  ])('%j → %s', (date, shown, machine) => {
    expect(formatEventDate(date, de, 'de')).toBe(shown);
    expect(machineDate(date)).toBe(machine);
  });
});
