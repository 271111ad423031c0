import { describe, expect, it } from 'vitest';
import { findGermanDates, toIsoDate } from './german-dates.ts';

describe('findGermanDates', () => {
  it('reads written-out and numeric dates with their evidence', () => {
    const text = 'Am 1. Januar 2024 begann es; am 12. März 2025 endete es. Stand: 29.12.2021, Update 1.3.2025.';
    expect(findGermanDates(text)).toEqual([
      { iso: '2024-01-01', evidence: 'Am 1. Januar 2024', index: 0 },
      { iso: '2025-03-12', evidence: 'am 12. März 2025', index: text.indexOf('am 12.') },
      { iso: '2021-12-29', evidence: '29.12.2021', index: text.indexOf('29.12') },
      { iso: '2025-03-01', evidence: '1.3.2025', index: text.indexOf('1.3.') },
    ]);
  });

  it('accepts abbreviated months and a non-breaking space', () => {
    expect(findGermanDates('vom 3. Okt. 2022 und 4.\u00a0Sept. 2023').map((d) => d.iso)).toEqual(['2022-10-03', '2023-09-04']);
  });

  it('ignores month-only and year-less expressions', () => {
    expect(findGermanDates('im Februar 2025, am 12. Februar, 2025')).toEqual([]);
  });

  it('reads the forms pages built on English templates show, and ISO dates', () => {
    // Lines as copied from real pages of the development set (90min.de, befifty, erfolg-magazin.de, wmn.de, …).
    const lines = [
      ['Von Jan Kupitz | Oct 24, 2023 | Zuletzt geändert', '2023-10-24'],
      ['Veröffentlicht am Dezember 29, 2021Dezember 29, 2021', '2021-12-29'],
      ['02 Feb. 2022', '2022-02-02'],
      ['Veröffentlicht am 19. Dezember 202219. Dezember 2022 von Redaktion', '2022-12-19'],
      ['von Nadja Demel13.12.2022 - 08:13 Uhr', '2022-12-13'],
      ['Posted on 2015-04-05 by marc', '2015-04-05'],
      ['18. June 2019', '2019-06-18'],
    ];
    for (const [line, iso] of lines) expect(findGermanDates(line!)[0]?.iso).toBe(iso);
    expect(findGermanDates('11/01/2021, Jul 2019, 2019-13-01, 20221 Februar')).toEqual([]);
  });

  it('reads a space after each dot, and a two-digit year only as dd.mm.yy', () => {
    const text = 'Stand: 13. 1. 2020, zuvor 13.01.20 und 24.12.98; nicht 1.2.20, nicht 13.01.201 und nicht Version 1.13.01.20';
    expect(findGermanDates(text).map((d) => [d.iso, d.evidence])).toEqual([
      ['2020-01-13', '13. 1. 2020'],
      ['2020-01-13', '13.01.20'],
      ['1998-12-24', '24.12.98'],
    ]);
  });

  it('skips dates that do not exist and numbers that only look like dates', () => {
    expect(findGermanDates('am 31.02.2024, am 30. Februar 2023, Version 1.12.12.2021, 75.000 und 100.000')).toEqual([]);
    expect(findGermanDates('am 29.02.2024')).toHaveLength(1);
  });
});

describe('toIsoDate', () => {
  it('validates the calendar', () => {
    expect(toIsoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(toIsoDate(2023, 2, 29)).toBeUndefined();
    expect(toIsoDate(2025, 13, 1)).toBeUndefined();
  });
});
