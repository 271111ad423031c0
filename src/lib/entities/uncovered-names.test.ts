import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block } from '../clean/types.ts';
import { loadDossier } from '../content/load-dossier.ts';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { ENTITIES_FILE, type Entity } from './entity.ts';
import { compileEntityMatcher } from './entity-matcher.ts';
import { parseEntities } from './read-entities.ts';
import { formatUncoveredNames, suggestedEntry } from './suggest-entries.ts';
import { uncoveredNames } from './uncovered-names.ts';

const titled = (title: string, ...paragraphs: string[]) => ({ ...article(...paragraphs), title: { value: title } });
const article = (...paragraphs: string[]) => ({
  file: 'content/articles/009_x.txt',
  language: 'de',
  title: { value: '' },
  cleaned: { blocks: paragraphs.map((text) => ({ kind: 'paragraph' as const, text, start: 0, end: text.length })) },
});
const none = compileEntityMatcher([]);
const names = (...paragraphs: string[]) => uncoveredNames([article(...paragraphs)], none).map((n) => `${n.name} (${n.type ?? '?'})`);

describe('uncoveredNames', () => {
  it('finds people by their first name, without the title before it', () => {
    expect(names('Das sagte die Basketballspielerin Brittney Griner am Montag.')).toEqual(['Brittney Griner (person)']);
    expect(names('Jake Sullivan verhandelte.')).toEqual(['Jake Sullivan (person)']);
  });

  it('finds capitalised word sequences that are no nouns used with an article, leaving their type to the curator', () => {
    expect(names('Ein Sprecher sagte, das Weiße Haus prüfe die Lage in den Vereinigten Staaten.')).toEqual([
      'Vereinigten Staaten (?)',
      'Weiße Haus (?)',
    ]);
  });

  it('reads a name after a noun that introduces it', () => {
    expect(names('Die Zeitung berichtete. Laut der Zeitung Kommersant ist das falsch.')).toEqual(['Kommersant (organisation)']);
    // Any noun is no title: `Kontakt` is a noun here, as its plural `Kontakten` shows.
    expect(
      names(
        'Außerdem versuchen die Gesundheitsbehörden, alle Menschen aufzuspüren, die mit dem Patienten Kontakt hatten, und untersuchen sie auf Zeichen einer Ansteckung.',
        'Auch kann nicht ausgeschlossen werden, dass der Arzt/das Krankenhaus eine Ausreiseverweigerung für den Patienten erwirkt.',
        'Sie raten zu weniger Kontakten.',
      ),
    ).toEqual([]);
  });

  it('finds acronyms, transliterated surnames and places after in', () => {
    expect(names('Die Gespräche über SNV-III fanden in Genf statt, sagte Peskow.')).toEqual([
      'Genf (place)',
      'Peskow (person)',
      'SNV-III (?)',
    ]);
  });

  it('ignores common nouns the dossier uses as such: amounts, set phrases, compounds, the formal Sie', () => {
    expect(names('Ende Juni verfügte das Unternehmen über liquide Mittel von 32 Millionen Euro, nach 125 Millionen Euro zu Jahresbeginn.')).toEqual([]);
    expect(names('Das schreiben Berlin und Paris im „Aachener Vertrag“, der erst vergangenes Jahr in Kraft getreten ist.')).toEqual([]);
    expect(
      names(
        '„Alle Mitarbeiter sind in Kurzarbeit.“',
        'Außerdem besteht die Möglichkeit, dass auch in anderen Regionen ein Teil der Belegschaft nicht zur Arbeit kommt.',
      ),
    ).toEqual([]);
    expect(names('Bitte aktivieren Sie JavaScript in Ihrem Browser.')).toEqual(['JavaScript (?)']);
  });

  it('ignores capitals that name nothing: abbreviations of common nouns, Roman numerals', () => {
    expect(names('Besonders gekennzeichnete Bus- und Taxispuren dürfen von privaten PKW nicht genutzt werden.')).toEqual([]);
    expect(names('Es gilt eine generelle Ausnahme – nämlich 3G mit negativem PCR-Test in den Alarmstufen I und II.')).toEqual([]);
  });

  it('never offers a genitive: it counts as its base form, which the registry then matches with its s', () => {
    const [kommersant, ...others] = uncoveredNames([article('Laut der Zeitung Kommersant schwieg er.', 'Die Quelle der Zeitung Kommersants blieb anonym.')], none);
    expect(others).toEqual([]);
    expect(kommersant).toMatchObject({ name: 'Kommersant', count: 2, type: 'organisation' });
    expect(suggestedEntry(kommersant!)).toContain('aliases: []');
    expect(names('Für Unternehmen bedeutet das prophylaktische Zölle innerhalb des Vereinigten Königreichs.')).toEqual(['Vereinigten Königreich (?)']);
    expect(names('Die Gespräche fanden in Genf statt, sagte Peskow.', 'Laut Peskows Büro war das falsch.')).toEqual(['Peskow (person)', 'Genf (place)']);
    // A genitive before a noun is a name's, even at the start of a sentence (seed 001); the surname alone counts for the full name.
    const [naryshkin] = uncoveredNames(
      [
        article(
          'Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergej Naryschkin, habe ein Telefongespräch mit dem Chef der CIA geführt.',
          'Naryschkins Kontakt mit dem CIA-Chef fand kurz nach Gesprächen in Dschidda statt.',
        ),
      ],
      none,
    );
    expect(naryshkin).toMatchObject({ name: 'Sergej Naryschkin', aliases: ['Naryschkin'], type: 'person', count: 2 });
    // A name that ends in s stays whole (more in genitive.test.ts).
    expect(names('Seitdem blogge ich hier über Software, Internet, Windows und andere Themen.')).toEqual([]);
  });

  it('counts the inflections of a name as one, the form written most often first and the others as aliases', () => {
    const [bahn] = uncoveredNames(
      [
        article(
          'Wettbewerb, jetzt auch auf der Schiene: Flixtrain setzt auf Reisende, denen die Deutsche Bahn zu teuer, der Fernbus aber zu langsam ist.',
          'Bahn-Konkurrenten wie Flixbus fürchten durch den geplanten Deutschlandtakt von Deutscher Bahn und Bundesverkehrsminister Scheuer große Nachteile.',
          'Anfang 2016 wechselte er ins Parlamentsteam und kümmert sich seither um Verkehrs- und Agrarpolitik sowie um die Deutsche Bahn.',
        ),
      ],
      none,
    );
    expect(bahn).toMatchObject({ name: 'Deutsche Bahn', aliases: ['Deutscher Bahn'], count: 3 });
    expect(suggestedEntry(bahn!)).toContain('aliases: [Deutscher Bahn]');
  });

  it('ranks a name in a title or lead above one in the body, and one in several articles above one in one', () => {
    const seen = uncoveredNames(
      [
        titled('Doppelherz: E-Transporter mit Range Extender', 'Das Fahrzeug kommt aus England.', 'Hersteller ist die London Electric Vehicle Company (LEVC).'),
        { ...article('Die LEVC baut das Taxi.'), file: 'content/articles/010_y.txt' },
      ],
      none,
    );
    expect(seen.map((n) => [n.name, n.score])).toEqual([
      // Once in the body of one article (1), once in the lead of the other (2): 3 × 2 articles.
      ['LEVC', 6],
      ['Range Extender', 3],
      ['London Electric Vehicle Company', 1],
    ]);
  });

  it('ignores capitals at the start of sentences and quotes, German nouns, adjectives and words of time', () => {
    expect(
      names(
        'Konkrete Diskussionsthemen wurden nicht genannt. Er sagte: „Ende September kommen Delegationen.“ ' +
          'Mitte Juni trafen sich US-amerikanischen Vertreter hinter den Kulissen Verhandlungen in Fragen der Sicherheit.',
      ),
    ).toEqual([]);
  });

  it('reads a capitalised adjective the dossier writes in lowercase as part of a name only where an article stands before it once', () => {
    const blocks = (...texts: Array<[Block['kind'], string]>) => ({ ...article(), cleaned: { blocks: texts.map(([kind, text]) => ({ kind, text, start: 0, end: text.length })) } });
    const found = (...texts: Array<[Block['kind'], string]>) => uncoveredNames([blocks(...texts)], none).map((n) => `${n.name} ${n.count}`);
    // A magazine's column heading capitalises for display; the dossier writes `künstliche DNA`.
    const dna: [Block['kind'], string] = ['paragraph', 'Bei manchen dieser Ansätze liefert man künstliche DNA und lässt den Körper Teile des Virus selbst produzieren, bei anderen konfrontiert man die Körperabwehr nicht einmal mehr mit dem feindlichen Material.'];
    const column: Array<[Block['kind'], string]> = [
      ['heading', 'Fokus Künstliche Intelligenz: Tröpfchenweise'],
      ['heading', 'Fokus Künstliche Intelligenz: KI in freier Wildbahn'],
    ];
    expect(found(...column, dna).join()).not.toMatch(/Künstliche/u);
    // Without the lowercase word the capital is the only evidence, as before.
    expect(found(...column)).toContain('Künstliche Intelligenz 2');
    // A site's slogan, beside `einer aktuellen Forsa-Umfrage`.
    expect(
      found(
        ['paragraph', 'Express.de Aktuelle Nachrichten aus Köln, der Welt sowie Neues vom Sport und der Welt der Promis.'],
        ['paragraph', 'Die Wahrnehmung des Handwerks in der Bevölkerung ist laut einer aktuellen Forsa-Umfrage gestiegen.'],
      ),
    ).toEqual([]);
    // The broadcaster takes its article (a capitalised one at the start of the sentence), beside `die bayerische Landtagswahl`.
    expect(
      found(
        ['paragraph', 'Der Bayerische Rundfunk berichtete im April, dass AfD-Mitglieder den Deutschland-Kurier in Rosenheim verteilten.'],
        ['paragraph', 'Wer sich auf Youtube über die bayerische Landtagswahl informieren will, landet schnell bei der AfD.'],
      ),
    ).toContain('Bayerische Rundfunk 1');
  });

  it('counts a name once in the teaser cards of an article, and a sentence repeated word for word once', () => {
    const cards = (...texts: string[]) => texts.map((text, i) => ({ kind: i % 2 ? ('paragraph' as const) : ('heading' as const), text, start: 0, end: text.length }));
    const elektroniker = 'Das Handwerk hautnah erleben: Schüler lernen im 360-Grad-Film den Beruf Elektroniker für Maschinen und Antriebstechnik kennen.';
    const page = {
      ...article(),
      cleaned: {
        blocks: cards(
          'Doppelherz: E-Transporter mit Range Extender',
          'Die London Electric Vehicle Company (LEVC) fertigt das berühmte Londontaxi heute als E-Transporter mit Range Extender. Wir haben uns das optisch auffällige Nutzfahrzeug VN5 genauer angesehen.',
          'Elektroniker für Maschinen und Antriebstechnik im 360°-Film',
          elektroniker,
          'Fahrbericht: E-Transporter LEVC VN5 mit Range Extender',
          'E-Ladesäulen sind die Symbole der Mobilitätswende.',
          'Elektroniker für Maschinen und Antriebstechnik im 360°-Film',
          elektroniker,
        ),
      },
    };
    const counts = Object.fromEntries(uncoveredNames([page], none).map((n) => [n.name, n.count]));
    expect(counts).toMatchObject({ 'Range Extender': 1, 'Beruf Elektroniker': 1, LEVC: 1 });
  });

  it('reads a middle initial after a first name, and the name after a title a place describes', () => {
    expect(names('Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr')).toContain('Markus M. Haefliger (person)');
    expect(
      names('Die Botschaft ist eindeutig: "Stop Racism" steht auf dem 500 Quadratmeter großen Plakat, mit dem das Dortmunder Gerüstbauunternehmen Bönninger am Hauptbahnhof ein klares Zeichen gegen Rassismus setzt.'),
    ).toContain('Bönninger (organisation)');
  });

  it('leaves out what the registry covers, contextual titles included', () => {
    const peskov: Entity = { id: 'peskov', name: 'Dmitri Peskow', type: 'person', description: '…', aliases: [], contextual: ['Kreml-Sprecher'] };
    expect(uncoveredNames([article('Der Kreml-Sprecher Dmitri Peskow schwieg.')], compileEntityMatcher([peskov]))).toEqual([]);
  });

});

describe('suggestions for entities.yaml', () => {
  it('are entries to paste under entities:, their description still to write', () => {
    const [name] = uncoveredNames([article('Laut der Zeitung Kommersant schwieg er.', 'Die Quelle der Zeitung Kommersants blieb anonym.')], none);
    expect(suggestedEntry(name!)).toBe(
      '  - id: kommersant\n    name: Kommersant\n    type: organisation\n    description: ""\n    aliases: []',
    );
    expect(formatUncoveredNames([name!])).toContain('  # 2×: content/articles/009_x.txt: „Laut der Zeitung Kommersant schwieg er.“\n  - id: kommersant\n');
    expect(formatUncoveredNames([])).toBe('');
  });

  it('leave the type empty when unsure, and show the first 40 names only', () => {
    const names = uncoveredNames([article('Dazu wurden am SLF in Davos Messungen durchgeführt.')], none);
    expect(suggestedEntry(names.find((n) => n.name === 'SLF')!)).toContain('    type: ""\n');
    const many = Array.from({ length: 45 }, (_, i) => ({ ...names[0]!, name: `Name ${i}` }));
    const text = formatUncoveredNames(many);
    expect(text).toMatch(/^45 names in the articles no entity covers\. These are the 40 named most often and most prominently\./u);
    expect(text.match(/^ {2}- id:/gmu)).toHaveLength(40);
  });

  it('on the seeds with the curated registry, leave only the treaty the registry has no type for', async () => {
    const { entities } = parseEntities(await readFile(join(SEED_ROOT, ENTITIES_FILE), 'utf8'));
    const { articles } = await loadDossier(SEED_ROOT);
    expect(uncoveredNames(articles, compileEntityMatcher(entities)).map((n) => n.name)).toEqual(['New START', 'SNV-III']);
  });
});
