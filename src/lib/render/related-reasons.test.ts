import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.ts';
import { describeRelated } from './related-reasons.ts';

describe('describeRelated', () => {
  it('says how close the kinship is, then names shared facts, entities, dates, words and the distance in time', () => {
    const reasons = {
      facts: 2,
      entities: ['Ankara', 'Sergej Naryschkin'],
      dates: [{ date: { start: '2022-01-10', end: '2022-01-10' }, precision: 'day' as const }],
      words: ['Ankara', 'Zeitung'],
      similarity: 0.2,
      daysApart: 1,
    };
    // The two seed reports of the meeting in Ankara (003 and 004) score 0.54.
    expect(describeRelated({ score: 0.54, reasons }, de, 'de')).toEqual([
      'eng verwandt',
      '2 gemeinsam berichtete Tatsachen',
      'gemeinsam genannt: Ankara und Sergej Naryschkin',
      'gleiches Datum: 10. Januar 2022',
      'ähnlicher Text (Ankara, Zeitung)',
      'einen Tag auseinander erschienen',
    ]);
  });

  it('leaves out what the two do not share; a kinship by topic alone is called loose', () => {
    // The Ankara meeting (003) and the Putin–Biden call a year earlier (002) score 0.34.
    expect(describeRelated({ score: 0.34, reasons: { facts: 0, entities: [], dates: [], words: ['Genf'], similarity: 0.3 } }, de, 'de')).toEqual([
      'lose verwandt',
      'ähnlicher Text (Genf)',
    ]);
  });
});
