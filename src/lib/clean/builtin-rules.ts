/**
 * Explicit boilerplate patterns that recur across German news sites and
 * press wires. Each rule looks at one whitespace-normalised line; rules that
 * could also match article prose only fire on lines that are not prose.
 */
import { isProse, type LineSignals } from './line-signals.ts';
import type { BuiltinRuleId } from './rule-reasons.ts';

/** A built-in rule that decides about a whole line. */
export interface LineRule {
  id: BuiltinRuleId;
  test(text: string, signals: LineSignals): boolean;
}

/**
 * Navigation and interface words. A line made only of these (also glued
 * together, as in "Neueste obenÄlteste oben") is site furniture.
 */
const NAV_PHRASES = [
  'Nachrichten', 'Blog und Artikel', 'nach oben', 'zurück nach oben', 'Abonnieren', 'Newsticker',
  'Neueste oben', 'Älteste oben', 'loader', 'Live', 'Chats', 'Chat', 'Startseite', 'Home', 'Menü',
  'Suche', 'Teilen', 'Drucken', 'Merken', 'Kommentare', 'Kommentieren', 'Weiterlesen', 'Mehr anzeigen',
  'Mehr lesen', 'Alle Artikel', 'Zurück', 'Weiter', 'Anmelden', 'Abmelden', 'Login', 'Newsletter',
  'Impressum', 'Datenschutz', 'Kontakt', 'Anzeige', 'Werbung', 'Fotostrecke', 'Bildergalerie',
  'Zum Artikel', 'Top-Themen', 'Schlagzeilen', 'Meistgelesen', 'Video', 'Audio', 'Podcast',
  'Facebook', 'Twitter', 'X', 'Telegram', 'WhatsApp', 'E-Mail', 'Link kopieren', 'Zur Bilddatenbank',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const NAV_LINE = new RegExp(
  `^(?:(?:${NAV_PHRASES.map(escapeRegExp).join('|')})\\s*[|·•/,]?\\s*)+$`,
  'iu',
);

const LOGIN = /Registrierung erfolgreich|Klicken Sie bitte den Link|loggen Sie sich ein|registrieren Sie sich|Um an der Diskussion teilzunehmen|melden Sie sich an|Passwort vergessen|Jetzt registrieren|Konto erstellen|Sie sind nicht angemeldet/iu;

/** A login or registration prompt is a line or two; a longer sentence naming one is reporting. */
const LOGIN_PROMPT_WORDS = 15;

const WIRE_DISCLAIMER = /Der Artikel wird von einem Drittanbieter bereitgestellt|keine Zusicherungen oder Darstellungen|article is provided by a third-party content provider/iu;

const RELEASES = /Pressemitteilung|press release/iu;
const DISTRIBUTION = /Verteilung|verteil|Distribution|Redakteure|Medienshops|Journalisten/iu;

const TAG_LIST = /^(?:Branchen?|Kategorien?|Rubriken?|Schlagw(?:ö|oe)rter|Schlagworte|Stichw(?:ö|oe)rter|Tags|Themen)\s*:/iu;

/**
 * A blog's post footer: "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, gkc19 …",
 * "Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein …".
 */
const POST_FOOTER = /^(?:Dieser|Der) (?:Beitrag|Eintrag|Artikel) wurde\b.{0,120}?\b(?:veröffentlicht|abgelegt|verschlagwortet)\b/u;

const READ_MORE_LINE = /^(?:Mehr zum Thema|Lesen Sie auch|Lesen Sie mehr|Auch interessant|Das könnte Sie auch interessieren|Weitere Artikel|Zum Thema)\s*(?:[-–—:]|$)/iu;

const CREDIT_START = /^(?:©|\(c\)\s|Copyright\b|(?:Quelle|Foto|Fotos|Bild|Bildquelle|Bildnachweis|Credit)\s*:)/iu;

const CAPTION_MARK = /\((?:Symbolbild|Symbolfoto|Archivfoto|Archivbild|Archiv|Illustration|Bild|Foto)\)|\((?:Fotos?|Bild|Bilder|Quelle|Bildquelle|Credit)\s*:[^)]{1,80}\)$/iu;

/** "Abbildung 4: klassische Schwachschicht. …", "Abb. 2: Holzschiffswerft um 1840": a numbered figure's caption. */
const CAPTION_NUMBERED = /^(?:Abbildung|Abb\.|Grafik|Tabelle|Bild|Foto)\s?\d{1,3}\s?:/u;

/** "- SNA, 1920, 29.12.2021": outlet, image width and date behind a caption. */
const CAPTION_TRAILER = /\s[-–]\s[\p{L}\p{N} .&-]{1,40},\s*\d{3,4},\s*\d{1,2}\.\d{1,2}\.\d{4}$/u;

/** Built-in line rules, in the order they are tried. */
export const LINE_RULES: readonly LineRule[] = [
  { id: 'press-wire-disclaimer', test: (t) => WIRE_DISCLAIMER.test(t) },
  { id: 'press-wire-about', test: (t) => RELEASES.test(t) && DISTRIBUTION.test(t) },
  { id: 'industry-tags', test: (t, s) => (TAG_LIST.test(t) && s.words <= 20) || (POST_FOOTER.test(t) && s.words <= 60) },
  // A prompt may end in a full stop ("…, loggen Sie sich ein oder registrieren Sie sich."): short is enough.
  { id: 'login-prompt', test: (t, s) => LOGIN.test(t) && (!isProse(s) || s.words <= LOGIN_PROMPT_WORDS) },
  { id: 'read-more', test: (t) => READ_MORE_LINE.test(t) },
  { id: 'nav-word', test: (t) => NAV_LINE.test(t) },
  { id: 'photo-credit', test: (t, s) => (CREDIT_START.test(t) && s.words <= 40) || (/©|Zur Bilddatenbank/u.test(t) && s.words <= 25 && !isProse(s)) },
  { id: 'photo-caption', test: (t, s) => ((CAPTION_MARK.test(t) || CAPTION_TRAILER.test(t)) && s.words <= 30) || (CAPTION_NUMBERED.test(t) && s.words <= 60) },
  { id: 'no-words', test: (t) => !/\p{L}/u.test(t) },
];

/** Rules whose removals mark an image block; a headline glued right after one is a teaser. */
export const IMAGE_RULES: ReadonlySet<string> = new Set(['photo-credit', 'photo-caption']);
