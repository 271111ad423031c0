/**
 * Issue #16: a page's time stamp, its copyright and the writer's career are
 * no events. Every sentence is real, from the development pages.
 */
import { describe, expect, it } from 'vitest';
import { datesOfSentences, findDateExpressions } from './date-expressions.ts';
import { notAnEvent } from './not-events.ts';

/** The date expressions `datesOfSentences` keeps for one sentence, as written. */
const kept = (sentence: string, published: string) => datesOfSentences([sentence], published)[0]!.map((e) => e.text);
/** Why each date expression of the sentence is no event (`event` when it may be one). */
const reasons = (sentence: string, published: string) =>
  findDateExpressions(sentence, { published }).map((e) => notAnEvent(sentence, e) ?? 'event');

describe('notAnEvent', () => {
  it.each<[string, string, string[]]>([
    // The page's own stamp, labelled, after a place, or followed by its clock time.
    ['Stand: 07.11.2023, 07:30 Uhr', '2023-11-07', ['stamp']],
    ['[Stand: 08.05.2019, 05:02 Uhr]', '2019-05-08', ['stamp']],
    ['Hier ein Überblick (Stand 14. Januar 2022).', '2022-01-14', ['stamp']],
    ['Veröffentlicht am 5. November 2023, 14:09 / ©5min.at', '2023-11-05', ['stamp']],
    ['Berlin, 29. November 2022.', '2022-11-29', ['stamp']],
    ['19.10.2019, 15:30 UhrAm 8. Spieltag der Bundesliga treffen Borussia Dortmund und Borussia Mönchengladbach aufeinander.', '2019-10-19', ['stamp']],
    [
      'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Region Halle - Leipzig, Tastings & Events, Veranstaltungskalender abgelegt.',
      '2019-11-27',
      ['stamp'],
    ],
    // Copyright lines.
    ['Copyright 2019 - Alle Inhalte sind urheberrechtlich geschützt', '2019-05-01', ['copyright']],
    ['© 2020 BDZV - Bundesverband Digitalpublisher und Zeitungsverleger', '2020-05-01', ['copyright']],
    ['(c) 2016 - 2018 swap-stop.org', '2018-05-01', ['copyright', 'copyright']],
    // Bylines and author bios: every date of the bio.
    ['Schreibt seit 2008 für die taz.', '2020-01-13', ['byline']],
    ['Geboren 1983, ist seit 2015 Redakteur bei KATAPULT und vor allem als Layouter, Grafiker und Lektor tätig.', '2022-05-01', ['byline', 'byline']],
    ['Tanja ist seit 2023 Redakteurin bei OMR.', '2024-05-01', ['byline']],
    ['Seit 2023 ist sie als Redakteurin bei OnlineMarketing.de tätig.', '2024-05-01', ['byline']],
    // Events that look alike: the verb "stand", a "seit" of an office, a date with its time, a publication reported.
    ['Liam Williams stand im April des letzten Jahres gegen WBO-Weltmeister Demetrius Andrade im Ring.', '2022-01-20', ['event']],
    ['ZdK-Generalsekretär ist seit 1. Januar 2020 Marc Frings.', '2021-11-01', ['event']],
    ['Am 19. Oktober 2019 gastiert Borussia Mönchengladbach bei Borussia Dortmund.', '2019-10-19', ['event']],
    ['Am Samstag, 12. Februar, 20.30 Uhr treffen die Löwen im ersten Liga-Heimspiel des Jahres auf den HC Erlangen.', '2022-02-02', ['event']],
    ['Ihr Ausblick auf die Zukunft von Frauen im THW publiziert das THW am Sonntag, 17.10.2021.', '2021-10-12', ['event']],
  ])('%s', (sentence, published, expected) => {
    expect(reasons(sentence, published)).toEqual(expected);
  });
});

describe('datesOfSentences', () => {
  it('dates no claim by a stamp or a bio, and takes no context year from them', () => {
    expect(kept('Schreibt seit 2008 für die taz.', '2020-01-13')).toEqual([]);
    expect(kept('Hier ein Überblick (Stand 14. Januar 2022).', '2022-01-14')).toEqual([]);
    // "© 2020" would otherwise have made "in diesem Sommer … stattfand", said in March, the summer of 2020.
    expect(datesOfSentences(['© 2020 BDZV', 'Die Meuterei, die in diesem Sommer stattfand.'], '2022-03-14')).toEqual([[], []]);
  });
});
