/**
 * The word material of synthetic dossiers: a fixed cast of people and
 * places with their German, English and Cyrillic spellings, German nouns
 * that combine into compounds (so the vocabulary grows with the dossier as
 * a real one does), and the furniture of five kinds of outlet.
 */

/** A named entity of the synthetic world, with the spellings outlets use. */
export interface SyntheticEntity {
  id: string;
  type: 'person' | 'place';
  /** German spelling (the name the registry shows), and the short form used after first mention. */
  de: string;
  deShort: string;
  /** The English transliteration, used by outlets that translate wire copy, when it differs. */
  en?: string;
  enShort?: string;
  /** Cyrillic, never in the texts: only the registry knows it. */
  ru?: string;
  /** Only the German spelling occurs in texts: the other forms are found through the registry alone. */
  germanOnly?: boolean;
  role: string;
}

export const CAST: SyntheticEntity[] = [
  { id: 'sergey-naryshkin', type: 'person', de: 'Sergej Naryschkin', deShort: 'Naryschkin', en: 'Sergey Naryshkin', enShort: 'Naryshkin', ru: 'Нарышкин', role: 'Direktor des Auslandsgeheimdienstes SVR' },
  { id: 'maria-zakharova', type: 'person', de: 'Maria Sacharowa', deShort: 'Sacharowa', en: 'Maria Zakharova', enShort: 'Zakharova', ru: 'Захарова', germanOnly: true, role: 'Sprecherin des Außenministeriums' },
  { id: 'dmitry-peskov', type: 'person', de: 'Dmitri Peskow', deShort: 'Peskow', en: 'Dmitry Peskov', enShort: 'Peskov', ru: 'Песков', role: 'Sprecher des Kremls' },
  { id: 'sergey-lavrov', type: 'person', de: 'Sergej Lawrow', deShort: 'Lawrow', en: 'Sergey Lavrov', enShort: 'Lavrov', ru: 'Лавров', role: 'Außenminister' },
  { id: 'yevgeny-prigozhin', type: 'person', de: 'Jewgeni Prigoschin', deShort: 'Prigoschin', en: 'Yevgeny Prigozhin', enShort: 'Prigozhin', ru: 'Пригожин', germanOnly: true, role: 'Gründer der Gruppe Wagner' },
  { id: 'alexander-bortnikov', type: 'person', de: 'Alexander Bortnikow', deShort: 'Bortnikow', en: 'Alexander Bortnikov', enShort: 'Bortnikov', ru: 'Бортников', germanOnly: true, role: 'Direktor des Inlandsgeheimdienstes FSB' },
  { id: 'yuri-ushakov', type: 'person', de: 'Juri Uschakow', deShort: 'Uschakow', en: 'Yuri Ushakov', enShort: 'Ushakov', ru: 'Ушаков', germanOnly: true, role: 'außenpolitischer Berater des Kremls' },
  { id: 'nikolai-patrushev', type: 'person', de: 'Nikolai Patruschew', deShort: 'Patruschew', en: 'Nikolai Patrushev', enShort: 'Patrushev', ru: 'Патрушев', role: 'Sekretär des Sicherheitsrates' },
  { id: 'volodymyr-zelensky', type: 'person', de: 'Wolodymyr Selenskyj', deShort: 'Selenskyj', en: 'Volodymyr Zelensky', enShort: 'Zelensky', ru: 'Зеленский', role: 'Präsident der Ukraine' },
  { id: 'john-ratcliffe', type: 'person', de: 'John Ratcliffe', deShort: 'Ratcliffe', role: 'Direktor der CIA' },
  { id: 'william-burns', type: 'person', de: 'William Burns', deShort: 'Burns', role: 'früherer Direktor der CIA' },
  { id: 'steve-witkoff', type: 'person', de: 'Steve Witkoff', deShort: 'Witkoff', role: 'Sondergesandter des Weißen Hauses' },
  { id: 'marco-rubio', type: 'person', de: 'Marco Rubio', deShort: 'Rubio', role: 'Außenminister der USA' },
  { id: 'jeddah', type: 'place', de: 'Dschidda', deShort: 'Dschidda', en: 'Jeddah', enShort: 'Jeddah', ru: 'Джидда', germanOnly: true, role: 'Hafenstadt' },
  { id: 'riyadh', type: 'place', de: 'Riad', deShort: 'Riad', en: 'Riyadh', enShort: 'Riyadh', ru: 'Эр-Рияд', germanOnly: true, role: 'Hauptstadt' },
  { id: 'ankara', type: 'place', de: 'Ankara', deShort: 'Ankara', ru: 'Анкара', role: 'Hauptstadt' },
  { id: 'moscow', type: 'place', de: 'Moskau', deShort: 'Moskau', en: 'Moscow', enShort: 'Moscow', ru: 'Москва', role: 'Hauptstadt' },
  { id: 'kyiv', type: 'place', de: 'Kiew', deShort: 'Kiew', en: 'Kyiv', enShort: 'Kyiv', ru: 'Киев', role: 'Hauptstadt' },
  { id: 'geneva', type: 'place', de: 'Genf', deShort: 'Genf', en: 'Geneva', enShort: 'Geneva', germanOnly: true, role: 'Stadt' },
  { id: 'kharkiv', type: 'place', de: 'Charkiw', deShort: 'Charkiw', en: 'Kharkiv', enShort: 'Kharkiv', ru: 'Харьков', germanOnly: true, role: 'Stadt' },
  { id: 'istanbul', type: 'place', de: 'Istanbul', deShort: 'Istanbul', role: 'Stadt' },
  { id: 'abu-dhabi', type: 'place', de: 'Abu Dhabi', deShort: 'Abu Dhabi', role: 'Hauptstadt' },
];

/** First parts of compounds, in their linking form (`Sicherheits-`). */
export const COMPOUND_HEADS = `Sicherheits Friedens Handels Energie Gas Öl Grenz Waffen Raketen Geheimdienst Regierungs Verhandlungs
  Außen Innen Verteidigungs Wirtschafts Finanz Banken Zoll Rüstungs Militär Kriegs Flüchtlings Gefangenen Informations
  Presse Medien Staats Landes Stadt Hafen Flug Luft See Schiffs Eisenbahn Strom Wasser Getreide Dünger Agrar Industrie
  Technologie Daten Cyber Spionage Sanktions Export Import Markt Preis Kredit Schulden Haushalts Steuer Renten Arbeits
  Gesundheits Bildungs Forschungs Atom Kernkraft Klima Umwelt Verkehrs Bau Wohnungs Justiz Gerichts Straf Polizei
  Grenzschutz Wahl Partei Parlaments Minister Botschafts Konsulats Delegations Gipfel Kontakt Dialog Vertrags Abkommens
  Waffenstillstands Austausch Hilfs Versorgungs Transport Logistik Nachschub Panzer Drohnen Artillerie Munitions Truppen`
  .split(/\s+/)
  .filter(Boolean);

/** Last parts of compounds, and nouns on their own. */
export const COMPOUND_TAILS = `Gespräch Vertrag Abkommen Grenze Politik Lage Krise Konflikt Frage Plan Bericht Quelle Behörde Dienst
  Minister Ministerium Amt Agentur Kommission Rat Gipfel Treffen Runde Verhandlung Gruppe Partner Interesse Streit Zone Linie
  Front Gebiet Region Stadt Hafen Route Leitung Netz System Programm Projekt Paket Fonds Budget Markt Preis Handel Lieferung
  Versorgung Reserve Bestand Anlage Werk Betrieb Unternehmen Konzern Branche Sektor Reform Gesetz Verordnung Regel Norm
  Kontrolle Aufsicht Prüfung Untersuchung Ermittlung Anklage Urteil Strafe Sanktion Maßnahme Schritt Signal Warnung Drohung
  Forderung Angebot Vorschlag Einigung Erklärung Stellungnahme Mitteilung Botschaft Nachricht Meldung Kampagne Offensive
  Operation Mission Einsatz Übung Manöver Angriff Abwehr Schutz Hilfe Unterstützung Kooperation Zusammenarbeit Beziehung`
  .split(/\s+/)
  .filter(Boolean);

export const ADJECTIVES = `russisch amerikanisch ukrainisch europäisch türkisch saudisch neu wichtig geheim offiziell erst letzt
  weit direkt diplomatisch militärisch wirtschaftlich politisch umstritten vertraulich regelmäßig schwierig möglich bisherig
  angespannt gemeinsam international kurzfristig langfristig vorläufig endgültig überraschend deutlich`
  .split(/\s+/)
  .filter(Boolean);

export const VERBS_PAST = `erklärte betonte forderte kritisierte bestätigte dementierte vereinbarte verhandelte warnte bezeichnete
  begrüßte lehnte verurteilte kündigte versprach meldete berichtete verwies bekräftigte unterstrich`
  .split(/\s+/)
  .filter(Boolean);

export const FIRST_NAMES = `Oleg Igor Pawel Andrej Wiktor Nikolai Alexej Michail Boris Jelena Olga Tatjana Irina Natalja Anna
  James Robert Michael David Sarah Laura Ahmet Mehmet Ayşe Fatma Khalid Faisal Omar Leila Hans Petra`
  .split(/\s+/)
  .filter(Boolean);

/** Syllables of invented surnames and towns: a long tail of names each used rarely, as in real news. */
export const SYLLABLES = `ka lo mi ra sen tor bel gra vin do nu sha pet ro vol zar kov len mar tis bra dim os el an ur ga bo ri`
  .split(/\s+/)
  .filter(Boolean);

export const SURNAME_ENDINGS = ['ow', 'ew', 'in', 'enko', 'ski', 'er', 'mann', 'oglu'];
export const TOWN_ENDINGS = ['burg', 'sk', 'grad', 'owo', 'dorf', 'ka', 'polje'];

/** Rare phrases a few articles share, for phrase queries. */
export const DISTINCTIVE = ['regelmäßigen Kontakt zu pflegen', 'Gefangenenaustausch', 'Schwarzmeer-Getreideabkommen', 'internationale Stabilität'];

/** Outlets and the furniture their pages bring along; `english` outlets spell names the English way. */
export interface SyntheticOutlet {
  name: string;
  english: boolean;
  /** Lines before the text, after it, and inside it. */
  head: string[];
  tail: string[];
  inside: string[];
  /** Put `(SeaPRwire) – ` before the first paragraph. */
  wireTag?: string;
}

export const OUTLETS: SyntheticOutlet[] = [
  {
    name: 'SeaPRwire',
    english: true,
    head: ['Deutsche Nachrichtenveranstaltungen finden statt'],
    tail: [
      'Der Artikel wird von einem Drittanbieter bereitgestellt. SeaPRwire (https://www.seaprwire.com/) gibt diesbezüglich keine Gewährleistung oder Darstellung ab.',
      'Branchen: Top Story, Tagesnachrichten',
      'SeaPRwire liefert Echtzeit-Pressemitteilungsverteilung für Unternehmen und Institutionen und erreicht mehr als 6.500 Medienshops, 86.000 Redakteure und Journalisten sowie 3,5 Millionen professionelle Desktops in 90 Ländern.',
    ],
    inside: [],
    wireTag: '(SeaPRwire) –   ',
  },
  {
    name: 'SNA',
    english: false,
    head: ['Registrierung erfolgreich abgeschlossen!', 'Klicken Sie bitte den Link aus der E-Mail, die an geschickt wurde'],
    tail: ['Newsticker', '0', 'Neueste obenÄlteste oben', 'loader', 'Live', 'Um an der Diskussion teilzunehmen,', 'loggen Sie sich ein oder registrieren Sie sich.'],
    inside: ['Abonnieren', '© SNA / Alexey Nikolsky / Zur Bilddatenbank'],
  },
  { name: 'RT DE', english: false, head: [], tail: ['Mehr zum Thema – Lawrow: USA und NATO wollen Asien-Pazifik-Raum militarisieren'], inside: ['Quelle: Sputnik © Pressedienst des russischen Außenministeriums'] },
  { name: 'Nachrichtenportal', english: false, head: ['Nachrichten', 'Blog und Artikel'], tail: ['nach oben'], inside: [] },
  { name: 'Tagesblick', english: false, head: ['Startseite | Politik | Ausland'], tail: ['Teilen', 'Drucken', 'Kommentare'], inside: ['Foto: picture alliance / dpa'] },
];
