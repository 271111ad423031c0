import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import { extractPublicationDate, findGermanDates, toIsoDate } from './german-dates.ts';

async function seed(prefix: string): Promise<string> {
  const name = (await seedNames()).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFile(join(SEED_ROOT, 'content/articles', name), 'utf8');
}

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

  it('ignores month-only, year-less and two-digit-year expressions', () => {
    expect(findGermanDates('im Februar 2025, am 12. Februar, am 12.03.25, 2025')).toEqual([]);
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

describe('extractPublicationDate on the seeds', () => {
  it('001 states "am 12. März 2025"', async () => {
    expect(extractPublicationDate(await seed('001'))).toMatchObject({ iso: '2025-03-12', evidence: 'am 12. März 2025' });
  });

  it('004 takes the latest caption date, 29.12.2021 over 27.12.2021', async () => {
    const text = await seed('004');
    expect(findGermanDates(text).map((d) => d.iso)).toEqual(['2021-12-29', '2021-12-27']);
    expect(extractPublicationDate(text)).toMatchObject({ iso: '2021-12-29', evidence: '29.12.2021' });
  });

  it('000, 002 and 003 state no full date', async () => {
    for (const prefix of ['000', '002', '003']) expect(extractPublicationDate(await seed(prefix))).toBeUndefined();
  });
});
