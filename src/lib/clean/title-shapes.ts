/**
 * What a line's own text says about it as a headline candidate: a byline or a
 * date (a headline's companions), a photo credit, a labelled detail, a
 * breadcrumb trail, a list. Shapes that hold on any site, shared by the title
 * features (title-features.ts, title-block.ts).
 */
import { GERMAN_STOPWORDS } from './german-stopwords.ts';
import type { LineSignals } from './line-signals.ts';

/** Bylines, datelines and other headline companions. */
export const COMPANION =
  /^(?:von|by|vom|autor(?:in)?|text|fotos?|bild|quelle|stand|aktualisiert|veröffentlicht|erstellt|geschrieben|zuletzt|posted|publiziert|lesezeit|update|redaktion|(?:ein )?kommentar von|eine kolumne)\b|\b(?:min(?:uten)?\.? lesezeit|lesedauer)\b/iu;

/** A date or a time of day, in the forms German pages write them. */
export const DATE_LIKE =
  /\b\d{1,2}\.?\s?(?:\d{1,2}\.|\s?(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)\p{L}*\.?)\s?\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/iu;

/** A photo credit or an agency anywhere in the line. */
export const CREDIT = /(?:\bFoto|\bBild|\bQuelle|©|\bGetty|\bdpa\b|\bimago\b|\bshutterstock|\bunsplash|\bpixabay|\bistock)/iu;

/** "Foto: …", "Photographer: …", "Bild: dpa": a credit, never a headline. */
const CREDIT_LINE = /^(?:Fotos?|Photo(?:grapher)?|Fotograf(?:in)?|Bild(?:er)?|Bildquelle|Quelle|Credits?|Titelbild|Beitragsbild|Copyright)\s*:|©/iu;

/** "Erstellt: vor 4 Stunden", "Herausgeber: Nordex SE", "Sie sind hier: …": a labelled detail of the page, never a headline. */
const LABEL_LINE =
  /^(?:erstellt|aktualisiert|veröffentlicht|publiziert|stand|datum|zuletzt \p{L}+|autor(?:in|en)?|herausgeber(?:in)?|redaktion|kategorie|rubrik|schlagwörter|tags|sie sind hier|posted|updated|published)\s*:/iu;

/** A breadcrumb trail ("Startseite › Themen › Gesellschaft", "Beginn > Themen > Laien >"): the headline follows it. */
export const TRAIL = /\S\s?[›>»]\s?\S.*[›>»]|\s[›>»/]$/u;

/** Menu items or tags on one line: " | ", " • ", " › ", or three commas. */
export const LIST_SEPARATORS = /\s[|•·›»/]\s|,\s.*,\s.*,\s/u;

/** What a date line holds besides its numbers: month and weekday names, "Uhr", "um", "am". */
const DATE_WORDS =
  /\b(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|oct|nov|dez|dec|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|uhr|um|am)\p{L}*\.?/giu;

/** "02 Feb. 2022", "Dienstag, 1. Februar 2022", "17. September 2011": a date alone, never a headline. */
function isDateOnly(text: string): boolean {
  return DATE_LIKE.test(text) && !/\p{L}/u.test(text.replace(DATE_WORDS, ''));
}

/** "von|by" and at most six more words: a byline's length ("Von Roland Brockmann und Sebastian Drescher"). */
const BYLINE = /^(?:von|by)((?:\s+\S+){1,6})$/iu;

/** Name words in a byline: no function word but a joining "und"/"and" ("Von der Leyen …" opens a headline). */
const JOINS_NAMES = new Set(['und', 'and', '&']);

/**
 * "by Danilo Dietsch", "von lupa", "Von Roland Brockmann und Sebastian Drescher": a byline, never a headline.
 * A headline that opens with "Von" goes on with a function word or punctuation ("Von der Leyen will …",
 * "Von Sprachregeln, Gender-Politik und …").
 */
export function isByline(text: string): boolean {
  const names = BYLINE.exec(text)?.[1]?.trim().split(/\s+/u);
  return names !== undefined && names.every((w) => JOINS_NAMES.has(w.toLowerCase()) || (/^[\p{L}.-]+$/u.test(w) && !GERMAN_STOPWORDS.has(w.toLowerCase())));
}

/**
 * Lines that are never a headline: one word, a byline, a line that ends a sentence with a full stop, a credit, a labelled
 * detail, a bare date, or a list item ("- Gemeinsam entwickelter Versuchsstand …").
 */
export function cannotBeTitle(text: string, s: LineSignals): boolean {
  return s.words < 2 || isByline(text) || isDateOnly(text) || /^[-–•·*]\s/u.test(text) || (/[.,;:]$/u.test(text) && !/\.\.\.$|…$/u.test(text)) || CREDIT_LINE.test(text) || LABEL_LINE.test(text);
}

/** A byline, a dateline or a date: what stands next to a headline. */
export const isCompanion = (text: string) => COMPANION.test(text) || DATE_LIKE.test(text);
