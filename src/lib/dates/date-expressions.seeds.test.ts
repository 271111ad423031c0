/**
 * Every date expression of the seed articles, read sentence by sentence as
 * the build reads them, each resolution checked against the text by reading.
 */
import { describe, expect, it } from 'vitest';
import { draftClaims } from '../claims/draft-claims.ts';
import { loadDossier } from '../content/load-dossier.ts';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { datesOfSentences } from './date-expressions.ts';

const dossier = await loadDossier(SEED_ROOT);

/** `expression → first day..last day precision qualifier` for every expression of a seed, in reading order. */
function datesOf(prefix: string): string[] {
  const article = dossier.articles.find((a) => a.file.includes(`/${prefix}_`));
  if (!article) throw new Error(`no seed ${prefix}`);
  const claims = draftClaims(article.cleaned.blocks);
  const blocks = [...new Set(claims.map((c) => c.block))];
  return blocks.flatMap((block) =>
    datesOfSentences(claims.filter((c) => c.block === block).map((c) => c.text), article.published?.value)
      .flat()
      .map((e) => `${e.text} → ${e.date.start}..${e.date.end} ${e.precision}${e.qualifier ? ` ${e.qualifier}` : ''}`),
  );
}

describe('date expressions in the seeds', () => {
  it('000 (published Wednesday 2025-03-12): the call on Tuesday, the statement on Wednesday, the history', () => {
    expect(datesOf('000')).toEqual([
      'am Dienstag → 2025-03-11..2025-03-11 day',
      'am Mittwoch → 2025-03-12..2025-03-12 day',
      'Im Januar → 2025-01-01..2025-01-31 month',
      'Im Jahr 2023 → 2023-01-01..2023-12-31 year',
      // "die in diesem Sommer stattfand", right after "Im Jahr 2023": the Wagner mutiny of June 2023.
      'in diesem Sommer → 2023-06-01..2023-08-31 season',
      'Im Mai 2024 → 2024-05-01..2024-05-31 month',
      'am Dienstag → 2025-03-11..2025-03-11 day',
      'diese Woche → 2025-03-10..2025-03-16 week',
      'am 12. Februar → 2025-02-12..2025-02-12 day',
      // "dass ein Anruf des Präsidenten am Freitag stattfinden könnte": the coming Friday.
      'am Freitag → 2025-03-14..2025-03-14 day',
    ]);
  });

  it('001 (2025-03-12 from the text)', () => {
    expect(datesOf('001')).toEqual([
      'am 12. März 2025 → 2025-03-12..2025-03-12 day',
      'im Februar 2025 → 2025-02-01..2025-02-28 month',
    ]);
  });

  it('002 (published Tuesday 2022-11-15)', () => {
    expect(datesOf('002')).toEqual([
      'am Dienstag → 2022-11-15..2022-11-15 day',
      'Anfang dieses Monats → 2022-11-01..2022-11-30 month early',
    ]);
  });

  it('003 (published 2022-11-14): past-leaning years for every month and day', () => {
    expect(datesOf('003')).toEqual([
      'im Januar → 2022-01-01..2022-01-31 month',
      'Im April → 2022-04-01..2022-04-30 month',
      'seit dem Jahr 2010 → 2010-01-01..2010-12-31 year since',
      'im Sommer 2020 → 2020-06-01..2020-08-31 season',
      'am 24. Februar → 2022-02-24..2022-02-24 day',
      'am 10. Januar → 2022-01-10..2022-01-10 day',
      'Mitte Juni → 2022-06-01..2022-06-30 month mid',
      'Ende September → 2022-09-01..2022-09-30 month late',
    ]);
  });

  it('004 (published Wednesday 2021-12-29): the planned call and the planned Geneva meeting lie ahead', () => {
    expect(datesOf('004')).toEqual([
      'am Donnerstag → 2021-12-30..2021-12-30 day',
      'am Mittwoch → 2021-12-29..2021-12-29 day',
      'morgen Abend → 2021-12-30..2021-12-30 day evening',
      'für den 10. Januar → 2022-01-10..2022-01-10 day',
      'am vergangenen Freitag → 2021-12-24..2021-12-24 day',
    ]);
  });
});
