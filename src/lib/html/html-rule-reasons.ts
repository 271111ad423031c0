/**
 * Why the HTML extraction removed a line, per rule id, in the dossier's
 * language. These rules only exist for saved pages; the text cleaner's
 * reasons are in src/lib/clean/rule-reasons.ts.
 */

const de = {
  'outside-main-text': 'außerhalb des Haupttextes (Navigation, Randspalte, Fußzeile)',
  'comment-section': 'Leserkommentar (Kommentarbereich der Seite)',
  'page-landmark': 'Navigation, Kopf- oder Fußbereich der Seite (laut Seitenstruktur)',
  'link-list': 'Liste von Links auf andere Seiten (Teaser, Navigation)',
  'figure-caption': 'Bildunterschrift oder Bildnachweis',
  'cookie-notice': 'Cookie-Hinweis der Website',
  'author-bio': 'Kurzbiografie des Autors oder der Autorin',
  'prompt': 'Aufforderung der Website (Newsletter, Abo, Anmeldung, Download)',
  'after-article': 'nach dem Artikel (weitere Artikel, Teilen, Newsletter, Autorenkasten, Kommentare)',
} as const;

/** Rule ids of the HTML extraction. */
export type HtmlRuleId = keyof typeof de;

const en: Record<HtmlRuleId, string> = {
  'outside-main-text': 'outside the main text (navigation, sidebar, footer)',
  'comment-section': 'Reader comment (the page\'s comment section)',
  'page-landmark': 'Navigation, page header or footer (by the page\'s structure)',
  'link-list': 'List of links to other pages (teasers, navigation)',
  'figure-caption': 'Photo caption or credit',
  'cookie-notice': 'The site\'s cookie notice',
  'author-bio': 'The author\'s bio',
  prompt: 'The site\'s call to subscribe, register or download',
  'after-article': 'after the article (more articles, sharing, newsletter, author box, comments)',
};

const byLanguage: Record<string, Record<HtmlRuleId, string>> = { de, en };

/** The reason for an HTML extraction rule in `language` (German when the language has no table). */
export function htmlReasonFor(rule: HtmlRuleId, language = 'de'): string {
  return (byLanguage[language.split('-')[0] ?? 'de'] ?? de)[rule];
}
