/**
 * Why the cleaner removed a span, per rule id, in the dossier's language.
 * The reasons are shown to curators and readers on every original page, so
 * they are UI strings and live here, in one place.
 */

const de = {
  'curator-drop': 'Vom Kurator als Boilerplate markiert (cleaning.drop)',
  'press-wire-dateline': 'Kennung des Presseverteilers vor dem Text',
  'press-wire-disclaimer': 'Haftungsausschluss des Presseverteilers',
  'press-wire-about': 'Selbstdarstellung des Presseverteilers',
  'industry-tags': 'Rubriken- und Schlagwortliste',
  'login-prompt': 'Anmelde- oder Registrierungsaufforderung',
  'nav-word': 'Navigationselement der Website',
  'photo-credit': 'Bildnachweis',
  'photo-caption': 'Bildunterschrift',
  'read-more': 'Verweis auf einen anderen Artikel („Mehr zum Thema“)',
  'foreign-script-ui': 'Oberflächentext in einer anderen Schrift',
  'no-words': 'Zeile ohne Wörter (nur Satzzeichen oder Zahlen)',
  'repeated-title': 'Wiederholung des Titels im Text',
  'outlet-repeat': 'Zeile, die in anderen Artikeln derselben Quelle wiederkehrt',
  'ui-fragment': 'Einzelnes Wort ohne Satzzusammenhang (Bedienelement)',
  'page-furniture': 'Zeile außerhalb des Artikeltexts (Kopf- oder Fußbereich der Seite)',
  'teaser-headline': 'Überschrift eines anderen Artikels (Teaser nach Bildunterschrift)',
  'glued-teaser': 'Überschrift eines anderen Artikels, ohne Satzzeichen in den Absatz geklebt',
} as const;

/** Rule ids of the built-in cleaner. */
export type BuiltinRuleId = keyof typeof de;

const en: Record<BuiltinRuleId, string> = {
  'curator-drop': 'Marked as boilerplate by the curator (cleaning.drop)',
  'press-wire-dateline': 'Press-wire tag before the text',
  'press-wire-disclaimer': 'Press-wire disclaimer',
  'press-wire-about': 'Press-wire self-description',
  'industry-tags': 'Category and tag list',
  'login-prompt': 'Login or registration prompt',
  'nav-word': 'Site navigation',
  'photo-credit': 'Photo credit',
  'photo-caption': 'Photo caption',
  'read-more': 'Link to another article ("read more")',
  'foreign-script-ui': 'Interface text in another script',
  'no-words': 'Line without words (punctuation or numbers only)',
  'repeated-title': 'Title repeated in the text',
  'outlet-repeat': 'Line that recurs in other articles of the same outlet',
  'ui-fragment': 'Single word out of any sentence (interface control)',
  'page-furniture': 'Line outside the article text (page header or footer)',
  'teaser-headline': 'Headline of another article (teaser after a photo caption)',
  'glued-teaser': 'Headline of another article, glued into the paragraph without punctuation',
};

const byLanguage: Record<string, Record<BuiltinRuleId, string>> = { de, en };

/** The reason for a built-in rule in `language` (German when the language has no table). */
export function reasonFor(rule: BuiltinRuleId, language = 'de'): string {
  const table = byLanguage[language.split('-')[0] ?? 'de'] ?? de;
  return table[rule];
}
