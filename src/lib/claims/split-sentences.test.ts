import { describe, expect, it } from 'vitest';
import { splitSentences } from './split-sentences.ts';

/** Input paragraph → the sentence texts it must split into. */
type Case = [string, string[]];

const ordinals: Case[] = [
  ['Wir treffen uns am 12. März in Berlin. Dann geht es weiter.', ['Wir treffen uns am 12. März in Berlin.', 'Dann geht es weiter.']],
  ['Der 3. Oktober ist ein Feiertag. Alle haben frei.', ['Der 3. Oktober ist ein Feiertag.', 'Alle haben frei.']],
  ['Im 20. Jahrhundert änderte sich viel. Heute ist es anders.', ['Im 20. Jahrhundert änderte sich viel.', 'Heute ist es anders.']],
  ['Er war zum 1. Mal in Moskau. Es gefiel ihm.', ['Er war zum 1. Mal in Moskau.', 'Es gefiel ihm.']],
  ['Seit dem 24. Februar herrscht Krieg. Ein Ende ist nicht in Sicht.', ['Seit dem 24. Februar herrscht Krieg.', 'Ein Ende ist nicht in Sicht.']],
  ['Sie feierte ihren 80. Geburtstag in Wien. Viele Gäste kamen.', ['Sie feierte ihren 80. Geburtstag in Wien.', 'Viele Gäste kamen.']],
  ['Die Mannschaft belegte den 3. Platz. Der Trainer war zufrieden.', ['Die Mannschaft belegte den 3. Platz.', 'Der Trainer war zufrieden.']],
  ['Das Treffen fand am 12. 3. 2025 statt. Es dauerte lange.', ['Das Treffen fand am 12. 3. 2025 statt.', 'Es dauerte lange.']],
  ['Im II. Weltkrieg starben Millionen. Das ist bekannt.', ['Im II. Weltkrieg starben Millionen.', 'Das ist bekannt.']],
  ['Das 20. Sanktionspaket kam. Weitere folgten.', ['Das 20. Sanktionspaket kam.', 'Weitere folgten.']],
  // A sentence that really ends in a number: no determiner, no month, no ordinal noun.
  ['Die Zahl der Toten stieg auf 12. Die Polizei ermittelt.', ['Die Zahl der Toten stieg auf 12.', 'Die Polizei ermittelt.']],
  ['Das geschah im Jahr 2023. Die Folgen sind spürbar.', ['Das geschah im Jahr 2023.', 'Die Folgen sind spürbar.']],
  ['Das war Haus Nr. 12. Die Polizei kam.', ['Das war Haus Nr. 12.', 'Die Polizei kam.']],
  ['1. Die Regierung muss handeln. 2. Die Opposition auch.', ['1. Die Regierung muss handeln.', '2. Die Opposition auch.']],
  ['Er nannte: 1. Frieden, 2. Sicherheit und 3. Wohlstand. Gut.', ['Er nannte: 1. Frieden, 2. Sicherheit und 3. Wohlstand.', 'Gut.']],
  ['Trainer des 1. FC Köln ist er. Sie wurde 3. Die Siegerin kam aus Kenia.', ['Trainer des 1. FC Köln ist er.', 'Sie wurde 3.', 'Die Siegerin kam aus Kenia.']],
];

const abbreviations: Case[] = [
  ['Viele Länder, z. B. Frankreich, waren dagegen. Andere nicht.', ['Viele Länder, z. B. Frankreich, waren dagegen.', 'Andere nicht.']],
  ['Viele Länder, z.B. Frankreich, waren dagegen. Andere nicht.', ['Viele Länder, z.B. Frankreich, waren dagegen.', 'Andere nicht.']],
  ['Es sprachen u. a. Merkel und Scholz. Dann wurde abgestimmt.', ['Es sprachen u. a. Merkel und Scholz.', 'Dann wurde abgestimmt.']],
  ['Er ist Präsident, d. h. Oberbefehlshaber. Das ist wichtig.', ['Er ist Präsident, d. h. Oberbefehlshaber.', 'Das ist wichtig.']],
  ['Masken o. ä. Schutzkleidung wurden verteilt. Das half.', ['Masken o. ä. Schutzkleidung wurden verteilt.', 'Das half.']],
  ['Betroffen waren v. a. Kinder. Sie litten.', ['Betroffen waren v. a. Kinder.', 'Sie litten.']],
  ['Er kommt u. U. Ende März. Dann reden wir.', ['Er kommt u. U. Ende März.', 'Dann reden wir.']],
  ['Die Regeln (s. o. Abschnitt 3) gelten weiter. Das ist klar.', ['Die Regeln (s. o. Abschnitt 3) gelten weiter.', 'Das ist klar.']],
  ['Er meinte Gas bzw. Öl. Beides ist teuer.', ['Er meinte Gas bzw. Öl.', 'Beides ist teuer.']],
  ['Dr. Müller und Prof. Meier sprachen. Beide sind Ärzte.', ['Dr. Müller und Prof. Meier sprachen.', 'Beide sind Ärzte.']],
  ['Es kamen ca. 500 Menschen. Die Polizei war da.', ['Es kamen ca. 500 Menschen.', 'Die Polizei war da.']],
  ['Ca. 500 Menschen kamen. Es regnete.', ['Ca. 500 Menschen kamen.', 'Es regnete.']],
  ['Das Haus Nr. 5 brannte. Niemand wurde verletzt.', ['Das Haus Nr. 5 brannte.', 'Niemand wurde verletzt.']],
  ['Sie lebt in St. Petersburg. Dort ist es kalt.', ['Sie lebt in St. Petersburg.', 'Dort ist es kalt.']],
  ['Er lobte das Buch (vgl. Kap. 3). Dann ging er.', ['Er lobte das Buch (vgl. Kap. 3).', 'Dann ging er.']],
  ['Es kostet 3 Mio. Euro, der Schaden 2 Mrd. Dollar. Das ist viel.', ['Es kostet 3 Mio. Euro, der Schaden 2 Mrd. Dollar.', 'Das ist viel.']],
  ['Das 19. Jh. Europas war blutig. Das ist bekannt.', ['Das 19. Jh. Europas war blutig.', 'Das ist bekannt.']],
  ['Nach Art. 5 Abs. 3 GG ist Kunst frei. Das gilt.', ['Nach Art. 5 Abs. 3 GG ist Kunst frei.', 'Das gilt.']],
  ['Er ist evtl. Montag da, ggf. Dienstag. Wir sehen.', ['Er ist evtl. Montag da, ggf. Dienstag.', 'Wir sehen.']],
  ['Der Preis gilt inkl. Versand. Die sog. Experten irren.', ['Der Preis gilt inkl. Versand.', 'Die sog. Experten irren.']],
  ['Der Band (Hrsg. Müller) erschien. Er ist gut.', ['Der Band (Hrsg. Müller) erschien.', 'Er ist gut.']],
  ['Mr. Smith und Mrs. Jones trafen Gen. Milley und Sen. Graham. Es ging um Geld.', ['Mr. Smith und Mrs. Jones trafen Gen. Milley und Sen. Graham.', 'Es ging um Geld.']],
  ['Robert F. Kennedy Jr. Aus Boston kam. Er sprach.', ['Robert F. Kennedy Jr. Aus Boston kam.', 'Er sprach.']],
  ['Am 3. Jan. 2022 begann es. Im Feb. 2023 endete es.', ['Am 3. Jan. 2022 begann es.', 'Im Feb. 2023 endete es.']],
  // "Jan" and "Art" are also words: only before a number are they abbreviations.
  ['Er heißt Jan. Dann stellte er sich vor.', ['Er heißt Jan.', 'Dann stellte er sich vor.']],
  ['So geht es auf diese Art. Dann nicht mehr.', ['So geht es auf diese Art.', 'Dann nicht mehr.']],
  // Abbreviations whose full stop also ends the sentence.
  ['Sie sprachen über Gas, Öl usw. Dann gingen sie.', ['Sie sprachen über Gas, Öl usw.', 'Dann gingen sie.']],
  ['Äpfel, Birnen usw. sind gesund. Das weiß jeder.', ['Äpfel, Birnen usw. sind gesund.', 'Das weiß jeder.']],
  ['Es gibt Masken, Handschuhe u. Ä. Die Lager sind voll.', ['Es gibt Masken, Handschuhe u. Ä.', 'Die Lager sind voll.']],
  ['Cäsar starb 44 v. Chr. Sein Erbe blieb.', ['Cäsar starb 44 v. Chr.', 'Sein Erbe blieb.']],
];

const initials: Case[] = [
  ['John F. Kennedy war Präsident. Er starb 1963.', ['John F. Kennedy war Präsident.', 'Er starb 1963.']],
  ['J. R. R. Tolkien schrieb viel. Das Buch ist lang.', ['J. R. R. Tolkien schrieb viel.', 'Das Buch ist lang.']],
  ['J.R.R. Tolkien schrieb viel. Das Buch ist lang.', ['J.R.R. Tolkien schrieb viel.', 'Das Buch ist lang.']],
  ['Wladimir W. Putin sprach. Niemand widersprach.', ['Wladimir W. Putin sprach.', 'Niemand widersprach.']],
  ['H.-J. Müller kam. Er blieb.', ['H.-J. Müller kam.', 'Er blieb.']],
  ['Die U.S.A. sind groß. Kanada auch.', ['Die U.S.A. sind groß.', 'Kanada auch.']],
];

const ellipses: Case[] = [
  ['Die USA stellen „sicher, dass … es keine Fehler gibt“, sagte er. Gut.', ['Die USA stellen „sicher, dass … es keine Fehler gibt“, sagte er.', 'Gut.']],
  ['Er zögerte … und ging. Sie blieb.', ['Er zögerte … und ging.', 'Sie blieb.']],
  ['Er sagte: „Wir werden sehen …“ Dann ging er.', ['Er sagte: „Wir werden sehen …“ Dann ging er.']],
  ['Das war so... Dann ging er.', ['Das war so... Dann ging er.']],
];

const numbersAndLinks: Case[] = [
  ['Es waren 75.000 Soldaten. Dann kamen mehr.', ['Es waren 75.000 Soldaten.', 'Dann kamen mehr.']],
  ['Das kostet 3,5 Millionen Euro. Wer zahlt?', ['Das kostet 3,5 Millionen Euro.', 'Wer zahlt?']],
  ['Am 12.03.2025 war es so weit. Alle kamen.', ['Am 12.03.2025 war es so weit.', 'Alle kamen.']],
  ['Die Version 2.1 ist neu. Er nutzt Version 2.1. Die ist gut.', ['Die Version 2.1 ist neu.', 'Er nutzt Version 2.1.', 'Die ist gut.']],
  ['Um 10.30 Uhr begann es. Es endete spät.', ['Um 10.30 Uhr begann es.', 'Es endete spät.']],
  ['Mehr unter https://www.example.org/a.B?x=1!Neu. Dann war Schluss.', ['Mehr unter https://www.example.org/a.B?x=1!Neu.', 'Dann war Schluss.']],
  ['Siehe www.example.org. Dort steht alles.', ['Siehe www.example.org.', 'Dort steht alles.']],
  ['Schreiben Sie an max.Mustermann@example.org. Wir antworten.', ['Schreiben Sie an max.Mustermann@example.org.', 'Wir antworten.']],
  ['SeaPRwire (https://www.seaprwire.com/) gibt nichts ab. Das ist üblich.', ['SeaPRwire (https://www.seaprwire.com/) gibt nichts ab.', 'Das ist üblich.']],
];

const punctuation: Case[] = [
  ['Lawrow: USA und NATO wollen den Raum militarisieren. Das sagte er.', ['Lawrow: USA und NATO wollen den Raum militarisieren.', 'Das sagte er.']],
  ['Er sagte: Das ist falsch. Dann ging er.', ['Er sagte: Das ist falsch.', 'Dann ging er.']],
  ['Stand: 12. März. Alle Angaben ohne Gewähr.', ['Stand: 12. März.', 'Alle Angaben ohne Gewähr.']],
  ['„Das ist gut“, sagte er. Dann ging er.', ['„Das ist gut“, sagte er.', 'Dann ging er.']],
  ['„Ist das so?“, fragte er. Niemand antwortete.', ['„Ist das so?“, fragte er.', 'Niemand antwortete.']],
  ['„Ist das so?“ Er schwieg.', ['„Ist das so?“', 'Er schwieg.']],
  ['„Wirklich?“ fragte sie. Er nickte.', ['„Wirklich?“ fragte sie.', 'Er nickte.']],
  ['„Nie wieder!“ – rief er. Alle jubelten.', ['„Nie wieder!“ – rief er.', 'Alle jubelten.']],
  ['Sie reden “über Krisensituationen.” Der Chef ging.', ['Sie reden “über Krisensituationen.”', 'Der Chef ging.']],
  ['»Das ist gut.« Er ging.', ['»Das ist gut.«', 'Er ging.']],
  ['«Das ist gut.» Er ging.', ['«Das ist gut.»', 'Er ging.']],
  ['Er sagte ‚Ja.‘ Dann ging er.', ['Er sagte ‚Ja.‘', 'Dann ging er.']],
  ['„Wir bleiben. Wir kämpfen“, sagte er.', ['„Wir bleiben.', 'Wir kämpfen“, sagte er.']],
  ['Er fragte: „Kommst du?“ Sie nickte.', ['Er fragte: „Kommst du?“', 'Sie nickte.']],
  ['Wer zahlt? Der Staat! Und dann?', ['Wer zahlt?', 'Der Staat!', 'Und dann?']],
  ['Was nun?! Niemand weiß es.', ['Was nun?!', 'Niemand weiß es.']],
  ['Kauft er ein Handy? iPhones sind teuer.', ['Kauft er ein Handy?', 'iPhones sind teuer.']],
  ['(Das bestätigte der Kreml.) Danach kam nichts.', ['(Das bestätigte der Kreml.)', 'Danach kam nichts.']],
  ['Er kam (spät). Dann ging er.', ['Er kam (spät).', 'Dann ging er.']],
  ['Er wurde verurteilt.Die Delegation reiste ab.', ['Er wurde verurteilt.', 'Die Delegation reiste ab.']],
  ['Das war alles?Ja, das war es.', ['Das war alles?', 'Ja, das war es.']],
  ['Sie sagte „Nein.“Dann ging sie.', ['Sie sagte „Nein.“', 'Dann ging sie.']],
  ['Sie wohnt in St.Pauli. Er auch.', ['Sie wohnt in St.Pauli.', 'Er auch.']],
];

const combinations: Case[] = [
  [
    'Am 3. Okt. 2020 traf Dr. J. Smith u. a. Prof. Meier in St. Gallen. Sie sprachen über ca. 75.000 Euro.',
    ['Am 3. Okt. 2020 traf Dr. J. Smith u. a. Prof. Meier in St. Gallen.', 'Sie sprachen über ca. 75.000 Euro.'],
  ],
  [
    'Laut Art. 5 GG (vgl. z. B. Abs. 3) gilt: „Kunst ist frei …“, sagte er am 1. Mai. Dann schwieg er.',
    ['Laut Art. 5 GG (vgl. z. B. Abs. 3) gilt: „Kunst ist frei …“, sagte er am 1. Mai.', 'Dann schwieg er.'],
  ],
  [
    'Der 2. Weltkrieg endete 1945. Am 8. Mai kapitulierte Deutschland.Die Alliierten siegten.',
    ['Der 2. Weltkrieg endete 1945.', 'Am 8. Mai kapitulierte Deutschland.', 'Die Alliierten siegten.'],
  ],
  [
    '„Sind Sie sicher, Dr. Müller?“, fragte Gen. Milley am 12. März. „Ja.“ (So berichtete es die AFP.) Mehr unter www.afp.com.',
    ['„Sind Sie sicher, Dr. Müller?“, fragte Gen. Milley am 12. März.', '„Ja.“', '(So berichtete es die AFP.)', 'Mehr unter www.afp.com.'],
  ],
];

const groups: Record<string, Case[]> = { ordinals, abbreviations, initials, ellipses, numbersAndLinks, punctuation, combinations };

describe('splitSentences', () => {
  for (const [group, cases] of Object.entries(groups)) {
    it.each(cases)(`${group}: %s`, (paragraph, expected) => {
      const sentences = splitSentences(paragraph);
      expect(sentences.map((s) => s.text)).toEqual(expected);
      for (const s of sentences) expect(paragraph.slice(s.start, s.end)).toBe(s.text);
    });
  }

  it('has at least 50 hand-written cases', () => {
    expect(Object.values(groups).flat().length).toBeGreaterThanOrEqual(50);
  });

  it('gives nothing for an empty or blank paragraph', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   ')).toEqual([]);
    expect(splitSentences('\u00a0\t ')).toEqual([]);
  });

  it('keeps a paragraph without final punctuation as one sentence', () => {
    expect(splitSentences('Mehr zum Thema - Kiews Hunger nach Atomwaffen')).toEqual([
      { text: 'Mehr zum Thema - Kiews Hunger nach Atomwaffen', start: 0, end: 45 },
    ]);
  });

  it('reports offsets into the untrimmed paragraph', () => {
    expect(splitSentences('  Ja.   Nein.  ')).toEqual([
      { text: 'Ja.', start: 2, end: 5 },
      { text: 'Nein.', start: 8, end: 13 },
    ]);
  });

  it('applies the German ordinal rules to German only', () => {
    expect(splitSentences('Wir treffen uns am 12. März.', 'de-AT')).toHaveLength(1);
    expect(splitSentences('Mr. Smith went to Washington. He stayed.', 'en').map((s) => s.text)).toEqual([
      'Mr. Smith went to Washington.',
      'He stayed.',
    ]);
  });

  it('keeps breaks of scripts without spaces between sentences', () => {
    expect(splitSentences('你好。再见。', 'zh').map((s) => s.text)).toEqual(['你好。', '再见。']);
  });
});
