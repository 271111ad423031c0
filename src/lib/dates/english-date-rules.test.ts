/**
 * English date expressions, on sentences of the composed English fixture
 * (test-fixtures/english-dossier) and a few traps: "may" the verb, "April"
 * the name, "the fall of", "2000 homes".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datesOfSentences, findDateExpressions } from './date-expressions.ts';
import { extractPublicationDate } from './publication-date.ts';

/** `[expression, first day, last day, precision, qualifier?]` */
type Expected = [string, string, string, string, string?];

const summary = (text: string, published: string, language = 'en') =>
  findDateExpressions(text, { published, language }).map((e): Expected => {
    const row: Expected = [e.text, e.date.start, e.date.end, e.precision];
    if (e.qualifier) row.push(e.qualifier);
    return row;
  });

// Published on Wednesday, 12 March 2025 unless a case says otherwise.
const WED = '2025-03-12';

describe('findDateExpressions in English', () => {
  it.each<[string, string, Expected[]]>([
    ['HULL, March 12, 2025 – The subsea cable reached the Yorkshire coast on Tuesday, two years later than planned.', WED, [
      ['March 12, 2025', '2025-03-12', '2025-03-12', 'day'],
      ['on Tuesday', '2025-03-11', '2025-03-11', 'day'],
    ]],
    ['A report by the regulator warned on 14 March 2025.', WED, [['on 14 March 2025', '2025-03-14', '2025-03-14', 'day']]],
    ['The firm said on Monday, 5 May 2025.', WED, [['on Monday, 5 May 2025', '2025-05-05', '2025-05-05', 'day']]],
    ['Engineers switched on the first 12 turbines at 6.30 a.m. on April 1, 2025.', WED, [['on April 1, 2025', '2025-04-01', '2025-04-01', 'day']]],
    // Without a year: the nearest such day in the clause's direction.
    ['Meanwhile the wind farm has been running at full power since May 1.', '2025-05-06', [['since May 1', '2025-05-01', '2025-05-01', 'day', 'since']]],
    ['The first hearing is set for Sept. 15.', '2025-05-06', [['for Sept. 15', '2025-09-15', '2025-09-15', 'day']]],
    ['The deal was signed on the 3rd of March.', WED, [['on the 3rd of March', '2025-03-03', '2025-03-03', 'day']]],
    // Months, seasons, parts of periods.
    ['It was damaged in January 2023 when a fishing vessel dragged its anchor.', WED, [['in January 2023', '2023-01-01', '2023-01-31', 'month']]],
    ['The repair had been completed at the end of February.', WED, [['the end of February', '2025-02-01', '2025-02-28', 'month', 'late']]],
    ['The company had paid compensation since Jan. 2024.', WED, [['since Jan. 2024', '2024-01-01', '2024-01-31', 'month', 'since']]],
    ['All 95 turbines are to be running by the end of May, she said.', '2025-04-02', [['by the end of May', '2025-05-01', '2025-05-31', 'month', 'late']]],
    ['The government fell in mid-October.', WED, [['mid-October', '2024-10-01', '2024-10-31', 'month', 'mid']]],
    ['The turbines have stood idle since they were completed last autumn.', WED, [['last autumn', '2024-09-01', '2024-11-30', 'season']]],
    ['The talks resume in the summer of 2026, or next spring.', WED, [
      ['in the summer of 2026', '2026-06-01', '2026-08-31', 'season'],
      // Said in spring: the next one begins after it.
      ['next spring', '2026-03-01', '2026-05-31', 'season'],
    ]],
    // Relative days and periods.
    ['The first electricity reached the grid yesterday, the company said.', '2025-04-02', [['yesterday', '2025-04-01', '2025-04-01', 'day']]],
    ['Ministers met last night and again this morning.', WED, [
      ['last night', '2025-03-11', '2025-03-11', 'day', 'night'],
      ['this morning', '2025-03-12', '2025-03-12', 'day', 'morning'],
    ]],
    ['The dispute will be discussed in Parliament next week.', '2025-03-14', [['next week', '2025-03-17', '2025-03-23', 'week']]],
    ['Prices rose sharply last year.', WED, [['last year', '2024-01-01', '2024-12-31', 'year']]],
    ['The plant will open on Friday evening.', WED, [['on Friday evening', '2025-03-14', '2025-03-14', 'day', 'evening']]],
    // Years; counts are not years.
    ['The operator knew about the risk as early as 2021.', WED, [['2021', '2021-01-01', '2021-12-31', 'year']]],
    ['About 2000 homes lost power in 2024.', WED, [['in 2024', '2024-01-01', '2024-12-31', 'year']]],
    // Words that only look like dates.
    ['It may rain, and April Ryan may march on.', WED, []],
    ['The fall of the government surprised nobody. Today the city is calm.', WED, []],
    ['The vote is on Tuesday.', WED, [['on Tuesday', '2025-03-11', '2025-03-11', 'day']]],
  ])('%s', (text, published, expected) => {
    expect(summary(text, published)).toEqual(expected);
  });

  it('reads by the language given: English words in a German article are not its dates, nor German ones in an English', () => {
    expect(summary('Das Treffen war am Dienstag.', WED)).toEqual([]);
    expect(summary('Das Treffen war am Dienstag.', WED, 'de')).toEqual([['am Dienstag', '2025-03-11', '2025-03-11', 'day']]);
    expect(summary('The meeting was on Tuesday.', WED, 'de')).toEqual([]);
  });

  it('reads the sentences of a paragraph in the language given', () => {
    const sentences = ['The plan was drawn up in 2023.', 'Work began on Tuesday.'];
    expect(datesOfSentences(sentences, WED, 'en').map((d) => d.map((e) => e.text))).toEqual([['in 2023'], ['on Tuesday']]);
    expect(datesOfSentences(sentences, WED).map((d) => d.map((e) => e.text))).toEqual([['2023'], []]);
  });
});

describe('English page stamps are no events', () => {
  it.each(['Posted April 2, 2025', 'Updated on 14 March 2025, 10:05', '© 2025 Humber Courier. All rights reserved.'])('%s', (sentence) => {
    expect(datesOfSentences([sentence], WED, 'en')).toEqual([[]]);
  });
});

describe('the publication date an English text states', () => {
  const fixture = (name: string) => readFileSync(new URL(`../../../test-fixtures/english-dossier/content/articles/${name}`, import.meta.url), 'utf8');

  it.each([
    ['000_dogger-bank-cable.txt', '2025-03-12', 'March 12, 2025'],
    ['001_idle-turbines.txt', '2025-03-14', '14 March 2025'],
    ['002_first-power.txt', '2025-04-02', 'April 2, 2025'],
    ['003_court-case.txt', '2025-05-05', '5 May 2025'],
  ])('%s: %s, read from "%s"', (name, iso, evidence) => {
    expect(extractPublicationDate(fixture(name))).toMatchObject({ iso, evidence });
  });
});
