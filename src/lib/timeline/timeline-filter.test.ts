import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../dates/date-expressions.ts';
import { timelineEntries, type TimelineArticle } from './build-timeline.ts';
import { eventKeys, filterChoices, keepsEvent } from './timeline-filter.ts';

/** A seed's dated sentences, as the timeline takes them, naming the registry entries given. */
function seed(slug: string, outlet: string, published: string, claims: Array<[string, string[]]>): TimelineArticle {
  return {
    slug,
    title: slug,
    outlet,
    published,
    claims: claims.map(([text], i) => ({ id: `${slug}.${i}`, text, dates: findDateExpressions(text, { published }), corroboration: { reports: [] } })),
    claimEntities: Object.fromEntries(claims.map(([, ids], i) => [`${slug}.${i}`, ids])),
  };
}

// Sentences of seeds 003 (RT DE, 14 November 2022) and 000 (SeaPRwire, 12 March 2025).
const entries = timelineEntries([
  seed('003', 'RT DE', '2022-11-14', [['Das letzte persönliche Gespräch zwischen den beiden Ländern fand am 10. Januar in Genf statt, bei dem die russischen Forderungen an die USA nach Sicherheitsgarantien erörtert wurden.', ['geneva']]]),
  seed('000', 'SeaPRwire', '2025-03-12', [
    ['Im Mai 2024 sagte Naryshkin, weitere Kontakte zu Burns “könnten nicht ausgeschlossen werden.”', ['sergey-naryshkin', 'william-burns']],
    ['In dem Bemühen, Frieden zwischen Russland und der Ukraine zu stiften, führte Trump am 12. Februar ein 90-minütiges Telefongespräch mit Putin.', ['donald-trump', 'vladimir-putin']],
  ]),
]);
const names = new Map([['geneva', 'Genf'], ['sergey-naryshkin', 'Sergej Naryschkin'], ['william-burns', 'William Burns'], ['donald-trump', 'Donald Trump'], ['vladimir-putin', 'Wladimir Putin']]);

describe('the timeline filter', () => {
  it('reads an event’s outlets, named entries and year', () => {
    expect(entries.map(eventKeys)).toEqual([
      { outlets: ['RT DE'], entities: ['geneva'], year: '2022' },
      { outlets: ['SeaPRwire'], entities: ['sergey-naryshkin', 'william-burns'], year: '2024' },
      { outlets: ['SeaPRwire'], entities: ['donald-trump', 'vladimir-putin'], year: '2025' },
    ]);
  });

  it('keeps the events that pass every part that is set', () => {
    const kept = (filter: Parameters<typeof keepsEvent>[1]) => entries.filter((e) => keepsEvent(eventKeys(e), filter)).map((e) => e.date.start);
    expect(kept({})).toEqual(['2022-01-10', '2024-05-01', '2025-02-12']);
    expect(kept({ outlet: 'SeaPRwire' })).toEqual(['2024-05-01', '2025-02-12']);
    expect(kept({ outlet: 'SeaPRwire', entity: 'vladimir-putin' })).toEqual(['2025-02-12']);
    expect(kept({ outlet: 'SeaPRwire', year: '2022' })).toEqual([]);
    expect(kept({ entity: '', outlet: '', year: '2022' })).toEqual(['2022-01-10']);
  });

  it('offers only values some event has, entries by name and only those the registry names', () => {
    expect(filterChoices(entries, (id) => (id === 'william-burns' ? undefined : names.get(id)), 'de')).toEqual({
      entities: [
        { id: 'donald-trump', name: 'Donald Trump' },
        { id: 'geneva', name: 'Genf' },
        { id: 'sergey-naryshkin', name: 'Sergej Naryschkin' },
        { id: 'vladimir-putin', name: 'Wladimir Putin' },
      ],
      outlets: ['RT DE', 'SeaPRwire'],
      years: ['2022', '2024', '2025'],
    });
  });
});
