/**
 * What a page says to its reader rather than about its subject: cookie and
 * consent banners, newsletter, subscription and app prompts, share buttons,
 * comment forms, "Auch interessant" lists, author boxes, affiliate notes.
 * The phrases recur on German sites of every kind; each rule fires only on
 * lines short enough to be such a prompt, so reporting that quotes one stays.
 */
import { ENGLISH_PROMPT_RULES } from './english-prompts.ts';
import type { LineSignals } from './line-signals.ts';
import type { BuiltinRuleId } from './rule-reasons.ts';
import { primaryLanguage } from '../text/primary-language.ts';

/** A phrase rule; `endsArticle` marks prompts that stand after the article text, never inside it. */
export interface PromptRule {
  id: BuiltinRuleId;
  pattern: RegExp;
  /** The longest line (in words) the rule judges; longer lines are text that mentions the phrase. */
  maxWords: number;
  endsArticle: boolean;
}

const COOKIE =
  /\bCookies?\b.*\b(?:verwenden|verwendet|nutzen|nutzt|setzen|akzeptier|zustimm|ablehnen|Einstellungen|einverstanden|speicher|erlauben)|\b(?:verwendet|verwenden|nutzt|nutzen|setzt|setzen|benutzt|benutzen)\b(?:\s+\p{L}+){0,3}\s+Cookies\b|\b(?:Alle akzeptieren|Alle ablehnen|Einwilligung (?:widerrufen|erteilen)|Datenschutzeinstellungen|Privatsphäre-Einstellungen|Zustimmung verwalten|Consent)(?![\p{L}\p{N}])/iu;

const NEWSLETTER =
  /\bNewsletter\b.*\b(?:abonnier|anmelden|bestellen|erhalten|eintragen|registrier|kostenlos)|(?:abonnier|bestell|melde).{0,30}\bNewsletter\b|\bin (?:dein|Ihr) Postfach\b|\bBenachrichtige mich\b|\bneue Beiträge per E-Mail\b|^Newsletter$|\bper E-Mail (?:informiert|benachrichtigen)\b|\bImmer aktuell informiert\b|\bNewsletters?\b.*\b(?:abmelden|angemeldet|widerruf)|\bErhalt des Newsletters\b|\bJetzt .{0,40}anmelden\b|\b(?:Bleiben Sie|Bleib) auf dem Laufenden\b|\bVerpasse(?:n Sie)? keine (?:News|Nachrichten|Artikel)\b|\bnichts mehr (?:verpassen|versäumen)\b/iu;

const PAYWALL =
  /\b(?:Jetzt (?:abonnieren|testen|weiterlesen|lesen)|Exklusiv für Abonnenten|Wählen Sie Ihren Zugang|Kostenlos registrieren|Schon registriert|Bereits registriert|Hier einloggen|Angemeldet bleiben|Abo abschließen|Zum Abo|Digital-?Abo|Plus-Artikel|weiterlesen mit|mit (?:\p{L}+)?\+ lesen|Unterstützen Sie uns|Jetzt (?:spenden|unterstützen)|Unterstütze (?:uns|\p{Lu}\S+ (?:bereits )?mit)|Jede (?:kleine )?Spende hilft|aktuelle Ausgabe)(?![\p{L}\p{N}])/iu;

const APP = /\b(?:App Store|Google Play|(?:unsere|die) App (?:herunterladen|laden|installieren)|Jetzt (?:die|unsere) App|Push-(?:Nachrichten|Mitteilungen|Benachrichtigungen))(?![\p{L}\p{N}])/iu;

const SHARE =
  /^(?:Teilen|Share|Pinnen|Twittern|Tweet|Mailen|Drucken|Rezept drucken|Drucken etc\.|URL zum Kopieren|Link kopieren|Folgen Sie uns.*|Folge uns.*|Teilen Sie dies mit:|(?:(?:Dieses|Diesen|Den|Das) \S+ )?als PDF herunterladen|Gefällt mir:|(?:Den|Diesen) (?:Artikel|Beitrag) mit anderen teilen.*)$|\b(?:Artikel gefallen|Beitrag gefallen|Gefällt (?:Ihnen|dir) (?:dieser|dieses|der|was)|Jetzt teilen|(?:Teile|Teilen Sie) diese[nrs]? (?:Beitrag|Artikel|Seite)|auf (?:Facebook|Twitter|WhatsApp|Pinterest|LinkedIn|Xing) teilen|Zum Vergrößern (?:auf das Bild )?klicken)(?![\p{L}\p{N}])/iu;

const COMMENT_FORM =
  /\b(?:Schreibe einen Kommentar|Kommentar (?:verfassen|schreiben|hinzufügen|abschicken|abgeben)|Hinterlasse(?:n Sie)? (?:einen Kommentar|eine Antwort)|Leave a (?:Comment|Reply)|Comment by|Deine E-Mail-Adresse wird nicht veröffentlicht|Ihre E-Mail-Adresse wird nicht veröffentlicht|Erforderliche Felder sind|Diese Website verwendet Akismet|Meinen Namen, meine E-Mail-Adresse|Es gibt noch keine Kommentare|Noch keine Kommentare|Was denkst du\?|Was meinen Sie\?|Kommentare? anzeigen|Kommentarfunktion|Comments are closed|Kommentare sind (?:derzeit |momentan )?geschlossen|(?:Du musst|Sie müssen) (?:eingeloggt|angemeldet) sein,? um (?:einen )?Kommentare? zu (?:schreiben|verfassen)|(?:Bei Fragen und Anregungen|Wenn Sie (?:inhaltliche )?Anmerkungen) zu diesem (?:Artikel|Beitrag))(?![\p{L}\p{N}])/iu;

const RELATED =
  /^(?:(?:Das |Dies )?(?:könnte|dürfte) (?:Sie|dich|euch) (?:auch )?interessieren|Auch interessant(?: für (?:dich|Sie|euch))?|Interessant(?: für Sie| auch)?|Interessantes aus unsere[mr]?(?: \p{L}+)?|(?:Beliebte|Ähnliche|Verwandte|Weitere) (?:Beiträge|Artikel) (?:zum Thema|aus der \p{L}+):|Mehr lesen über:|Mehr \p{L}+ auf [^:]{1,30}:|Schon gelesen\??|Auch lesen|Lesen Sie (?:auch|hier|mehr|weiter)|Hier weiterlesen|Weiterlesen|Mehr lesen|Noch mehr.*|Mehr (?:zum Thema|Nachrichten|News|Artikel|aus|zu|von|Ausflugstipps|Infos).*|Weitere (?:Artikel|Beiträge|Meldungen|News|Nachrichten|Themen|Informationen).*|Weiterführende (?:Links|Informationen|Artikel)|(?:Ähnliche|Verwandte|Passende|Beliebte|Neueste|Aktuelle|Neue|Letzte|Empfohlene) (?:Beiträge|Artikel|Themen|News|Nachrichten|Meldungen|Stories|Produkttests|Testberichte)|Empfohlen(?: für (?:dich|Sie))?|Empfohlener redaktioneller Inhalt|Meist ?gelesen|Meist ?gesucht:?|Meist ?geklickt|Meist ?kommentiert|Top[- ]?(?:Artikel|Themen|News)|Vorheriger? (?:Beitrag|Artikel)|Nächster? (?:Beitrag|Artikel)|Zurück zu(?:r)? .{1,40}|Beitrags-?Navigation|Alle (?:Meldungen|Artikel|Beiträge|News)\b.*|Themen|Verwandte Themen|Schlagworte|Schlagwörter|Tags|getaggt mit:?|Dieser (?:Eintrag|Beitrag|Text) wurde (?:veröffentlicht|abgelegt).*|This entry was posted.*|Posted in .*|Markiert:?.*|Inhaltsverzeichnis|Inhalt|Quellen?(?: und .{1,30})?:.*|Titelbild:?.*|Beitragsbild:?.*|Highlights aus .{1,30}|Auch lesen:?|Kategorien?:?|Ressort:?)\s*[:.…]*$/iu;

const AUTHOR_BOX = /^(?:Über (?:den|die) Autor(?:in)?|Über (?:mich|uns|diese Reihe)|Zur Person|Die Autorin|Der Autor|Autoreninfo|Autor(?:in)?:?)\s*[:.]?$/iu;

const AD =
  /^(?:Anzeige|Werbung|Sponsored|Promotion|Advertisement|Partner-?Inhalt)$|\b(?:Affiliate|Provisions?-?Links?|(?:Bei den|Für) (?:Verlinkungen|Links auf dieser Seite)|Werbelinks?|Alle Angaben ohne Gewähr|Werben Sie bei uns|Besuchen Sie unseren (?:Fan-?)?Shop)(?![\p{L}\p{N}])/iu;

const RIGHTS = /\b(?:Alle Rechte vorbehalten|All rights reserved|urheberrechtlich geschützt|Die Inhalte dieser (?:Website|Seite|Webseite) (?:sind|werden)|Alle Artikel und Inhalte)(?![\p{L}\p{N}])/iu;

/** German prompt rules, in the order they are tried; they also serve languages without a list of their own. */
export const PROMPT_RULES: readonly PromptRule[] = [
  { id: 'cookie-consent', pattern: COOKIE, maxWords: 90, endsArticle: false },
  { id: 'comment-form', pattern: COMMENT_FORM, maxWords: 30, endsArticle: true },
  { id: 'newsletter-prompt', pattern: NEWSLETTER, maxWords: 40, endsArticle: false },
  { id: 'paywall-prompt', pattern: PAYWALL, maxWords: 30, endsArticle: false },
  { id: 'app-promotion', pattern: APP, maxWords: 30, endsArticle: false },
  { id: 'share-prompt', pattern: SHARE, maxWords: 15, endsArticle: false },
  { id: 'related-list', pattern: RELATED, maxWords: 12, endsArticle: true },
  { id: 'author-box', pattern: AUTHOR_BOX, maxWords: 5, endsArticle: true },
  { id: 'advertising', pattern: AD, maxWords: 40, endsArticle: false },
  { id: 'rights-notice', pattern: RIGHTS, maxWords: 40, endsArticle: false },
];

/** The prompt rules of the article's language (BCP 47; its primary subtag decides). */
function rulesFor(language: string): readonly PromptRule[] {
  return primaryLanguage(language) === 'en' ? ENGLISH_PROMPT_RULES : PROMPT_RULES;
}

/** The prompt rule a line of an article in `language` matches, if any. */
export function promptRule(text: string, signals: Pick<LineSignals, 'words'>, language = 'de'): PromptRule | undefined {
  return rulesFor(language).find((r) => signals.words <= r.maxWords && r.pattern.test(text));
}

/** Rule ids whose lines close the article: what follows them is the page's, not the author's. */
export const ENDS_ARTICLE: ReadonlySet<string> = new Set(
  [...PROMPT_RULES, ...ENGLISH_PROMPT_RULES].filter((r) => r.endsArticle).map((r) => r.id),
);
