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
  'reader-comments': 'Leserkommentar oder Kommentarbereich (nicht Teil des Artikels)',
  'cookie-consent': 'Cookie- oder Einwilligungshinweis',
  'comment-form': 'Kommentarformular oder Hinweis zu Kommentaren',
  'newsletter-prompt': 'Newsletter- oder Benachrichtigungsangebot',
  'paywall-prompt': 'Abo-, Bezahl- oder Unterstützungsaufforderung',
  'app-promotion': 'Werbung für die App der Website',
  'share-prompt': 'Teilen-, Druck- oder Folgen-Schaltfläche',
  'related-list': 'Überschrift einer Liste anderer Artikel („Auch interessant“, „Meistgelesen“)',
  'author-box': 'Kasten über den Autor oder die Website',
  advertising: 'Werbung, Anzeige oder Partnerlink-Hinweis',
  'rights-notice': 'Urheberrechts- oder Nutzungshinweis der Website',
  'link-list': 'Kurze Zeile ohne Satzzusammenhang zwischen den Absätzen (Linkliste, Teaser, Bedienelement)',
  // Saved pages only (src/lib/html/): what the page's markup shows.
  'outside-main-text': 'außerhalb des Haupttextes (Navigation, Randspalte, Fußzeile)',
  'comment-section': 'Leserkommentar (Kommentarbereich der Seite)',
  'page-landmark': 'Navigation, Kopf- oder Fußbereich der Seite (laut Seitenstruktur)',
  'link-block': 'Liste von Links auf andere Seiten (Teaser, Navigation)',
  'figure-caption': 'Bildunterschrift oder Bildnachweis',
  'cookie-notice': 'Cookie-Hinweis der Website',
  'author-bio': 'Kurzbiografie des Autors oder der Autorin',
  prompt: 'Aufforderung der Website (Newsletter, Abo, Anmeldung, Download)',
  'after-article': 'nach dem Artikel (weitere Artikel, Teilen, Newsletter, Autorenkasten, Kommentare)',
} as const;

/** Rule ids of the built-in cleaner and of the extraction of saved pages. */
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
  'reader-comments': 'Reader comment or comment section (not part of the article)',
  'cookie-consent': 'Cookie or consent notice',
  'comment-form': 'Comment form or note about comments',
  'newsletter-prompt': 'Newsletter or notification offer',
  'paywall-prompt': 'Subscription, paywall or donation prompt',
  'app-promotion': "Promotion for the site's app",
  'share-prompt': 'Share, print or follow button',
  'related-list': 'Heading of a list of other articles ("see also", "most read")',
  'author-box': 'Box about the author or the site',
  advertising: 'Advertising, sponsored content or affiliate note',
  'rights-notice': "The site's copyright or terms notice",
  'link-list': 'Short line outside any sentence between the paragraphs (link list, teaser, control)',
  'outside-main-text': 'outside the main text (navigation, sidebar, footer)',
  'comment-section': "Reader comment (the page's comment section)",
  'page-landmark': "Navigation, page header or footer (by the page's structure)",
  'link-block': 'List of links to other pages (teasers, navigation)',
  'figure-caption': 'Photo caption or credit',
  'cookie-notice': "The site's cookie notice",
  'author-bio': "The author's bio",
  prompt: "The site's call to subscribe, register or download",
  'after-article': 'after the article (more articles, sharing, newsletter, author box, comments)',
};

const byLanguage: Record<string, Record<BuiltinRuleId, string>> = { de, en };

/** The reason for a built-in rule in `language` (German when the language has no table). */
export function reasonFor(rule: BuiltinRuleId, language = 'de'): string {
  const table = byLanguage[language.split('-')[0] ?? 'de'] ?? de;
  return table[rule];
}
