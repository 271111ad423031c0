/**
 * The article's headline among the lines above its text. Between the page
 * header and the first paragraph stand the headline and its companions:
 * kicker, byline, date, "Stand: …", share buttons, a photo credit. The
 * headline is the one that reads as a statement of a few words and is
 * none of those.
 */
import type { LineSignals } from './line-signals.ts';

/** How many kept lines above the text are considered. */
const WINDOW = 12;

/** Bylines, datelines and other headline companions. */
const COMPANION =
  /^(?:von|by|vom|autor(?:in)?|text|foto|fotos|bild|quelle|stand|aktualisiert|veröffentlicht|erstellt|geschrieben|zuletzt|posted|publiziert|lesezeit|update|redaktion|kommentar von|ein kommentar|interview)\b|\b(?:min(?:uten)?\.? lesezeit|lesedauer)\b|^\d+\s+(?:kommentare?|min)\b/iu;

/** A line that is mostly a date or time. */
const DATE_LIKE = /\b\d{1,2}\.\s?(?:\d{1,2}\.|\s?(?:jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)\p{L}*)\s?\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/iu;

/** Separators of menus and tag lists inside one line. */
const LIST_SEPARATORS = /\s[|•·›»/]\s|,\s.*,\s.*,\s/u;

/** One candidate line: its text, its signals, and whether a rule already dropped it. */
export interface TitleCandidate {
  index: number;
  text: string;
  signals: LineSignals;
}

function score(c: TitleCandidate, distance: number): number {
  const s = c.signals;
  if (s.words < 2 || s.words > 30) return -Infinity;
  if (/[.:;,]$/u.test(c.text) && !/[?!…"“”»«]\.?$/u.test(c.text)) return -Infinity;
  if (COMPANION.test(c.text) || LIST_SEPARATORS.test(c.text)) return -Infinity;
  const dateWords = DATE_LIKE.test(c.text);
  let value = -distance * 0.6;
  if (dateWords) value -= s.words <= 6 ? 6 : 2;
  if (s.words >= 4 && s.words <= 18) value += 2;
  if (s.words <= 2) value -= 1.5;
  // A headline states something: it has a verb or function word more often than a menu or a name does.
  if (s.stopwordRatio > 0) value += 1;
  if (/^\p{Lu}/u.test(c.text) || /^[„"«»‚'\d]/u.test(c.text)) value += 0.5;
  return value;
}

/**
 * The index of the headline among `candidates` (kept lines above the text,
 * in page order), or -1 when none reads as one.
 */
export function pickTitle(candidates: readonly TitleCandidate[]): number {
  const window = candidates.slice(-WINDOW);
  let best = -1;
  let bestScore = -Infinity;
  window.forEach((c, k) => {
    const value = score(c, window.length - 1 - k);
    if (value > bestScore) {
      bestScore = value;
      best = c.index;
    }
  });
  return best;
}
