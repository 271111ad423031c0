/**
 * Issue #16: claims of one date are one timeline entry only when they are
 * about the same event. Pairs from a timeline built over the development
 * pages and the seeds; before the fix every unrelated pair here was merged.
 */
import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../dates/date-expressions.ts';
import { corroboratedEvent, eventWords, sameEvent, type EventEvidence } from './same-event.ts';

const evidence = (text: string, published: string, entities: string[] = []): EventEvidence => ({
  words: eventWords(text, findDateExpressions(text, { published })),
  entities: new Set(entities),
});

describe('eventWords', () => {
  it('leaves out the date expression, clock times and calendar words', () => {
    const text = 'Am Sonntag, 5. November 2023, kurz nach 21.25 Uhr, wurde der Kantonspolizei Bern auf der A6 bei Studen ein schwerer Verkehrsunfall gemeldet.';
    expect([...eventWords(text, findDateExpressions(text, { published: '2023-11-06' }))].sort()).toEqual(
      ['a6', 'bern', 'gemeld', 'kantonspolizei', 'kurz', 'shver', 'stud', 'verkehrsunfall'],
    );
  });
});

describe('sameEvent', () => {
  it.each<[string, [string, string], [string, string]]>([
    // Share "rund" besides "bis 2030" (offshore-stiftung.de, humanresourcesmanager.de).
    [
      'two forecasts for 2030',
      ['Bei einem stärkeren Ausbau der Offshore-Windenergie auf 20 GW bis 2030 könnten rund 8.000 Arbeitsplätze hinzukommen.', '2022-01-10'],
      ['Bis 2030 könnten hier rund eine Million Fachkräfte fehlen.', '2022-01-10'],
    ],
    // Share "erschien" and "Verlag" (pinkstinks.de, missy-magazine.de): two books.
    [
      'two books out in March',
      ['Sein erstes Buch "Prinzessinnenjungs" erschien im März beim Beltz-Verlag.', '2023-06-01'],
      ['Evans Essayband „Power Bottom“ über lesbisch-queeren Sex erschien im März im MÄRZ Verlag.', '2023-06-01'],
    ],
    // Share "bestreiten" (liquimoly-hbl.de, skispringen.com): handball and ski jumping.
    [
      'two competitions on Saturday',
      ['Schon vor dem Rückrundenstart bestreiten TV Großwallstadt und VfL Lübeck-Schwartau am Samstag das erste Pflichtspiel des Jahres.', '2022-02-01'],
      ['Die Skispringerinnen bestreiten am Donnerstag und Freitag ihre Trainingstage, ehe am Samstag um 11:45 Uhr die Einzel-Entscheidung auf der Normalschanze ansteht.', '2022-02-01'],
    ],
    // Share "liegt" and "Prozent" besides "2019" (industriemagazin.at, meininger.de): the old test, a Jaccard
    // of 0.3 over all stems, date included, merged them.
    [
      'two comparisons with 2019',
      ['Das Flugaufkommen liege bei 108 Prozent im Vergleich zu 2019.', '2023-10-31'],
      ['Gegenüber dem Vor-Coronajahr 2019 liegt das Wachstum bei lediglich 9 Prozent.', '2022-01-28'],
    ],
  ])('keeps apart %s', (_, [a, publishedA], [b, publishedB]) => {
    expect(sameEvent(evidence(a, publishedA), evidence(b, publishedB))).toBe(false);
  });

  it('joins two reports of one accident (polizeiticker.ch)', () => {
    const a = evidence('Am Sonntagabend kam es auf der A6 bei Studen zu einem schweren Verkehrsunfall.', '2023-11-06');
    const b = evidence('Am Sonntag, 5. November 2023, kurz nach 21.25 Uhr, wurde der Kantonspolizei Bern auf der A6 bei Studen ein schwerer Verkehrsunfall gemeldet.', '2023-11-06');
    expect(sameEvent(a, b)).toBe(true);
  });

  it('takes shared entities as evidence only with shared words: the same two countries on one day may do two things (seed 000)', () => {
    const published = '2025-03-12';
    const call = 'Während des Gesprächs, das am Dienstag stattfand, vereinbarten die Chefs der beiden Behörden, einen Dialog aufrechtzuerhalten.';
    const trump = 'US-Präsident Donald Trump sagte am Dienstag, er werde voraussichtlich diese Woche ein Telefongespräch mit seinem russischen Amtskollegen Wladimir Putin führen.';
    expect(sameEvent(evidence(call, published, ['russland', 'usa']), evidence(trump, published, ['russland', 'usa']))).toBe(false);
    const again = 'Trump sagte am Dienstag, er wolle ein Telefongespräch mit Putin führen.';
    expect(sameEvent(evidence(again, published, ['trump', 'putin']), evidence(trump, published, ['trump', 'putin']))).toBe(true);
  });
});

describe('corroboratedEvent', () => {
  it('needs two words besides the date: thw.de and caritas.de corroborated each other on "13.10.2021 … Jahre" alone', () => {
    const thw = evidence('Im Auftaktvideo blickt sie am Mittwoch, 13.10.2021 auf 50 Jahre THW-Leben zurück.', '2021-10-12');
    const caritas = evidence('Gewählt auf der Delegiertenversammlung am 13. Oktober 2021 für sechs Jahre.', '2021-11-01');
    expect(corroboratedEvent(thw, caritas)).toBe(false);
    // The seeds' Geneva meeting shares "Genf" and "Sicherheitsgarantien" besides "10. Januar".
    const planned = evidence('Damit ist wahrscheinlich das für den 10. Januar in Genf geplante Treffen zu dem sich seit Wochen zuspitzenden Ukraine-Konflikt und den von Moskau geforderten Sicherheitsgarantien der Nato gemeint.', '2021-12-29');
    const held = evidence('Das letzte persönliche Gespräch zwischen den beiden Ländern fand am 10. Januar in Genf statt, bei dem die russischen Forderungen an die USA nach Sicherheitsgarantien erörtert wurden.', '2022-11-14');
    expect(corroboratedEvent(planned, held)).toBe(true);
  });
});
