/**
 * Strings from the seed articles that are navigation, ads, captions or
 * teasers: they must never be part of an article's reading text.
 */
export const BOILERPLATE = [
  'SeaPRwire liefert',
  'Branchen:',
  'Registrierung erfolgreich',
  'Abonnieren',
  'nach oben',
  'Blog und Artikel',
  'Newsticker',
  'loader',
  'Заголовок',
  'Mehr zum Thema',
  'Quelle: Sputnik',
  'Symbolbild',
  'Zur Bilddatenbank',
  'Lawrow: USA und NATO wollen',
  'Moskau noch unschlüssig',
  'loggen Sie sich ein',
  'Neueste oben',
  'Deutsche Nachrichtenveranstaltungen',
];
