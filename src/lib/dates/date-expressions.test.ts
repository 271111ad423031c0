import { describe, expect, it } from 'vitest';
import { datesOfSentences, findDateExpressions } from './date-expressions.ts';

/** `[expression, first day, last day, precision, qualifier?]` */
type Expected = [string, string, string, string, string?];

const summary = (text: string, published?: string) =>
  findDateExpressions(text, { published }).map((e): Expected => {
    const row: Expected = [e.text, e.date.start, e.date.end, e.precision];
    if (e.qualifier) row.push(e.qualifier);
    return row;
  });

// Published on Wednesday, 12 March 2025 unless a case says otherwise.
const WED = '2025-03-12';

describe('findDateExpressions', () => {
  it.each<[string, string, Expected[]]>([
    // Days with their month: the year is stated, or the nearest such day not after publication.
    ['Am 12. Februar telefonierten beide.', WED, [['Am 12. Februar', '2025-02-12', '2025-02-12', 'day']]],
    ['Das Treffen fand am 20. Dezember statt.', WED, [['am 20. Dezember', '2024-12-20', '2024-12-20', 'day']]],
    ['Die Wahl war am 12. März.', WED, [['am 12. März', '2025-03-12', '2025-03-12', 'day']]],
    ['Der Vertrag wurde am 1. Januar 2024 unterzeichnet.', WED, [['am 1. Januar 2024', '2024-01-01', '2024-01-01', 'day']]],
    ['Stand: 29.12.2021.', WED, [['29.12.2021', '2021-12-29', '2021-12-29', 'day']]],
    ['Die Frist läuft bis zum 3. Okt. 2022.', WED, [['bis zum 3. Okt. 2022', '2022-10-03', '2022-10-03', 'day', 'until']]],
    ['Seit dem 24. Februar 2022 herrscht Krieg.', WED, [['Seit dem 24. Februar 2022', '2022-02-24', '2022-02-24', 'day', 'since']]],
    // … or the next one, when the clause speaks of the future.
    ['Das für den 10. Januar geplante Treffen.', '2021-12-29', [['für den 10. Januar', '2022-01-10', '2022-01-10', 'day']]],
    ['Die Konferenz soll am 2. Februar beginnen.', '2024-12-01', [['am 2. Februar', '2025-02-02', '2025-02-02', 'day']]],
    ['Er sagte am 2. Februar, man werde verhandeln.', '2024-12-01', [['am 2. Februar', '2024-02-02', '2024-02-02', 'day']]],
    // Weekdays: the last one on or before publication, the next one in a future clause.
    ['Das Gespräch fand am Dienstag statt.', WED, [['am Dienstag', '2025-03-11', '2025-03-11', 'day']]],
    ['Die Erklärung kam am Mittwoch.', WED, [['am Mittwoch', '2025-03-12', '2025-03-12', 'day']]],
    ['Putin wird am Donnerstag mit Biden telefonieren.', '2021-12-29', [['am Donnerstag', '2021-12-30', '2021-12-30', 'day']]],
    ['Ein Anruf könnte am Freitag stattfinden.', WED, [['am Freitag', '2025-03-14', '2025-03-14', 'day']]],
    ['Trump sagte am Dienstag, er werde bald anrufen.', WED, [['am Dienstag', '2025-03-11', '2025-03-11', 'day']]],
    ['Das Ministerium hatte am vergangenen Freitag Entwürfe vorgelegt.', '2021-12-29', [['am vergangenen Freitag', '2021-12-24', '2021-12-24', 'day']]],
    ['Am vergangenen Mittwoch war es ruhig.', WED, [['Am vergangenen Mittwoch', '2025-03-05', '2025-03-05', 'day']]],
    ['Am kommenden Montag beginnt der Gipfel.', WED, [['Am kommenden Montag', '2025-03-17', '2025-03-17', 'day']]],
    ['Die Minister berieten Dienstagabend.', WED, [['Dienstagabend', '2025-03-11', '2025-03-11', 'day', 'evening']]],
    // Relative days.
    ['Das Telefonat ist für morgen Abend geplant.', '2021-12-29', [['morgen Abend', '2021-12-30', '2021-12-30', 'day', 'evening']]],
    ['Gestern hieß es noch anders.', WED, [['Gestern', '2025-03-11', '2025-03-11', 'day']]],
    ['Am Morgen war es still, heute ist alles anders.', WED, []],
    // Weeks.
    ['Er werde voraussichtlich diese Woche mit Putin telefonieren.', WED, [['diese Woche', '2025-03-10', '2025-03-16', 'week']]],
    ['In der vergangenen Woche trafen sich die Delegationen.', WED, [['In der vergangenen Woche', '2025-03-03', '2025-03-09', 'week']]],
    ['In den letzten Wochen wuchs die Spannung.', WED, []],
    // Months.
    ['Im Januar sagte Naryshkin, er sei bereit.', WED, [['Im Januar', '2025-01-01', '2025-01-31', 'month']]],
    ['Im April wurde der Pilot ausgetauscht.', '2022-11-14', [['Im April', '2022-04-01', '2022-04-30', 'month']]],
    ['Im Mai 2024 sagte Naryshkin das.', WED, [['Im Mai 2024', '2024-05-01', '2024-05-31', 'month']]],
    ['Im Dezember kam es zum Streit.', WED, [['Im Dezember', '2024-12-01', '2024-12-31', 'month']]],
    ['Im Dezember wird gewählt.', WED, [['Im Dezember', '2025-12-01', '2025-12-31', 'month']]],
    ['Mitte Juni erklärte Peskow, es gebe keinen Dialog.', '2022-11-14', [['Mitte Juni', '2022-06-01', '2022-06-30', 'month', 'mid']]],
    ['Ende September berichtete Sacharowa.', '2022-11-14', [['Ende September', '2022-09-01', '2022-09-30', 'month', 'late']]],
    ['Anfang dieses Monats berichtete das Blatt.', '2022-11-15', [['Anfang dieses Monats', '2022-11-01', '2022-11-30', 'month', 'early']]],
    ['Ende des vergangenen Monats kam die Antwort.', WED, [['Ende des vergangenen Monats', '2025-02-01', '2025-02-28', 'month', 'late']]],
    ['Seit Februar 2022 ruhen die Gespräche.', WED, [['Seit Februar 2022', '2022-02-01', '2022-02-28', 'month', 'since']]],
    ['August Bebel war ein Politiker.', WED, []],
    // Seasons.
    ['Er wurde im Sommer 2020 verurteilt.', WED, [['im Sommer 2020', '2020-06-01', '2020-08-31', 'season']]],
    ['Im Winter 2021 eskalierte die Lage.', WED, [['Im Winter 2021', '2021-12-01', '2022-02-28', 'season']]],
    ['Im Herbst gab es Proteste.', WED, [['Im Herbst', '2024-09-01', '2024-11-30', 'season']]],
    ['Die Wahl wird in diesem Herbst stattfinden.', WED, [['in diesem Herbst', '2025-09-01', '2025-11-30', 'season']]],
    ['Im vergangenen Sommer war es heiß.', WED, [['Im vergangenen Sommer', '2024-06-01', '2024-08-31', 'season']]],
    // Years.
    ['Im Jahr 2023 sprach der Chef des SVR mit Burns.', WED, [['Im Jahr 2023', '2023-01-01', '2023-12-31', 'year']]],
    ['Er sitzt seit dem Jahr 2010 in Haft.', WED, [['seit dem Jahr 2010', '2010-01-01', '2010-12-31', 'year', 'since']]],
    ['Der Vertrag von 1987 gilt nicht mehr.', WED, [['1987', '1987-01-01', '1987-12-31', 'year']]],
    ['Ende 2021 telefonierten Putin und Biden.', WED, [['Ende 2021', '2021-01-01', '2021-12-31', 'year', 'late']]],
    ['Im vergangenen Jahr gab es keinen Kontakt.', WED, [['Im vergangenen Jahr', '2024-01-01', '2024-12-31', 'year']]],
    ['Russland hat 2000 Soldaten verlegt, 6.500 Medienshops und 2.019 Leser.', WED, []],
    // Several in one sentence, in text order.
    [
      'Am 10. Januar in Genf und Ende September in New York: 2022 war voller Treffen.',
      '2022-11-14',
      [
        ['Am 10. Januar', '2022-01-10', '2022-01-10', 'day'],
        ['Ende September', '2022-09-01', '2022-09-30', 'month', 'late'],
        ['2022', '2022-01-01', '2022-12-31', 'year'],
      ],
    ],
  ])('%s (published %s)', (text, published, expected) => {
    expect(summary(text, published)).toEqual(expected);
  });

  // Issue #16: a weekday beside a date is that date, never a second day (real sentences of the dev pages).
  it.each<[string, string, Expected[]]>([
    // handelsblatt.com: the weekday rule alone had filed "Am Sonntag" under 5 July 2020 as well.
    [
      'Am Sonntag, 15. März 2020, verkündete der saarländische Ministerpräsident Tobias Hans, dass die Grenze zu Frankreich und Luxemburg ab dem kommenden Morgen geschlossen sei.',
      '2020-07-08',
      [['Am Sonntag, 15. März 2020', '2020-03-15', '2020-03-15', 'day']],
    ],
    // chip.de: the weekday's preposition is the date's.
    ['Aldi Nord bietet ab Donnerstag, dem 30. August, einen Laubsauger für 39,99 Euro an.', '2018-11-12', [['ab Donnerstag, dem 30. August', '2018-08-30', '2018-08-30', 'day', 'since']]],
    // spiegel.de, in the historical present: 9 December 2018 was that Sunday, before publication.
    ['Am Sonntag, 9. Dezember, konfrontieren Fichtner und Geyer Claas Relotius mit den Videos, doch der bleibt bei seiner Version.', '2018-12-22', [['Am Sonntag, 9. Dezember', '2018-12-09', '2018-12-09', 'day']]],
    // rhein-neckar-loewen.de, published 2 February 2022: 27 February 2021 was a Saturday, 2022's a Sunday.
    ['Am Sonntag, 27. Februar, um 16 Uhr kommt es zum Duell mit der HSG Wetzlar.', '2022-02-02', [['Am Sonntag, 27. Februar', '2022-02-27', '2022-02-27', 'day']]],
    // slf.ch: a day and month in figures is a date when a weekday names it.
    ['Am Samstag, 15.01. wurde es auf der Alpensüdseite mit Nordwind frühlingshafte 10 Grad warm.', '2022-01-20', [['Am Samstag, 15.01.', '2022-01-15', '2022-01-15', 'day']]],
    // The weekday after the date, and a weekday that does not fit: the explicit date stands.
    ['Die Stichwahl ist am 29. März (Sonntag).', '2020-03-20', [['am 29. März (Sonntag)', '2020-03-29', '2020-03-29', 'day']]],
    ['Die Sitzung war am Dienstag, den 3.12.', '2019-12-10', [['am Dienstag, den 3.12.', '2019-12-03', '2019-12-03', 'day']]],
    ['Am Montag, 15. März 2020, verkündete Tobias Hans die Schließung.', '2020-07-08', [['Am Montag, 15. März 2020', '2020-03-15', '2020-03-15', 'day']]],
    // Without a weekday, figures without a year stay no date: "1.3.12." is a version.
    ['Die Sitzung war am 3.12. in Version 1.3.12.', '2019-12-10', []],
  ])('reads a weekday beside a date as that date: %s', (text, published, expected) => {
    expect(summary(text, published)).toEqual(expected);
  });

  // Issue #16: a schedule or a present-tense announcement points ahead; the past stays the default (real sentences of the dev pages).
  it.each<[string, string, Expected[]]>([
    // taz.de of 13 January 2020: the shareholders' meeting of 5 February 2020 had been filed under 2019.
    ['Ob sie es nutzen, wird sich bald zeigen: Am 5. Februar ist Hauptversammlung bei Siemens.', '2020-01-13', [['Am 5. Februar', '2020-02-05', '2020-02-05', 'day']]],
    ['Start ist am 8. Februar um 17 Uhr im deutschen Rothenburg ob der Tauber.', '2022-01-31', [['am 8. Februar', '2022-02-08', '2022-02-08', 'day']]],
    // "findet … statt", "will": a schedule, however far ahead.
    ['Unter diesem Motto findet am 14. September um 13 Uhr eine Demonstration in Berlin statt.', '2013-09-12', [['am 14. September', '2013-09-14', '2013-09-14', 'day']]],
    ['Der G7-Gipfel findet vom 26. bis 28. Juni auf Schloss Elmau in Bayern statt.', '2022-01-21', [['bis 28. Juni', '2022-06-28', '2022-06-28', 'day', 'until']]],
    ['Sie will vor den Wahlen im Sommer bei der Bevölkerung punkten.', '2017-02-13', [['im Sommer', '2017-06-01', '2017-08-31', 'season']]],
    // A narrative present takes the nearer day, here the past one (spiegel.de of 22 December 2018).
    ['Es ist der 13. November.', '2018-12-22', [['13. November', '2018-11-13', '2018-11-13', 'day']]],
    // A perfect with "ist" is past; the decimal comma of "34,45" ends no clause (arbeitsagentur.de).
    [
      'Im Vergleich zum Vorjahr ist sie im November nach Hochrechnungen der BA um 552.000 auf 34,45 Millionen Beschäftigte gestiegen.',
      '2022-02-01',
      [['im November', '2021-11-01', '2021-11-30', 'month']],
    ],
  ])('resolves a date by the tense of its clause: %s', (text, published, expected) => {
    expect(summary(text, published)).toEqual(expected);
  });

  it('gives offsets of the exact words and marks inferred years', () => {
    const text = 'Trump führte am 12. Februar ein Telefongespräch, im Mai 2024 nicht.';
    const [day, month] = findDateExpressions(text, { published: WED });
    expect(text.slice(day!.start, day!.end)).toBe('am 12. Februar');
    expect(day!.inferred).toBe(true);
    expect(text.slice(month!.start, month!.end)).toBe('im Mai 2024');
    expect(month!.inferred).toBeUndefined();
  });

  it('without a publication date keeps only what the words state in full', () => {
    expect(summary('Am Dienstag, dem 12. März 2025, im Januar und im Jahr 2023.')).toEqual([
      ['Am Dienstag, dem 12. März 2025', '2025-03-12', '2025-03-12', 'day'],
      ['im Jahr 2023', '2023-01-01', '2023-12-31', 'year'],
    ]);
  });

  it('skips days that do not exist and reads a 29 February in common years as the 28th', () => {
    expect(summary('am 30. Februar und am 31.04.2024', WED)).toEqual([]);
    expect(summary('am 29. Februar', '2025-03-12')).toEqual([['am 29. Februar', '2025-02-28', '2025-02-28', 'day']]);
    expect(summary('am 29. Februar', '2024-03-12')).toEqual([['am 29. Februar', '2024-02-29', '2024-02-29', 'day']]);
  });
});

describe('datesOfSentences', () => {
  it('reads "in diesem Sommer" told in the past as the summer of the year stated before', () => {
    const [first, second] = datesOfSentences(
      ['Im Jahr 2023 sprach der Chef des SVR mit Burns.', 'Sie erörterten die Meuterei, die in diesem Sommer stattfand.'],
      WED,
    );
    expect(first!.map((e) => e.date.start)).toEqual(['2023-01-01']);
    expect(second!.map((e) => [e.text, e.date.start, e.date.end])).toEqual([['in diesem Sommer', '2023-06-01', '2023-08-31']]);
  });

  it('drops such a summer when no year was stated before it', () => {
    expect(datesOfSentences(['Die Meuterei fand in diesem Sommer statt.'], WED)).toEqual([[]]);
  });
});
