/**
 * Whether two dated claims at the same date report the same event, when no
 * corroboration links them: by the words they share besides the date.
 *
 * Two claims of one day always share the date's own words ("am 10. Januar",
 * "19.10.2019, 15:30 Uhr"), and short sentences of one kind share a verb or
 * two ("erschien im März beim Beltz-Verlag" / "erschien im März im MÄRZ
 * Verlag"); the old test, a Jaccard of 0.3 over all stems, merged such
 * unrelated reports (issue #16). Now the date's words are left out, and
 * either at least {@link MIN_SHARED_WORDS} content words must be shared with
 * that Jaccard, or most named entities and at least two content words.
 */
import type { DateExpression } from '../dates/date-expressions.ts';
import { MONTH_NAMES, WEEKDAYS } from '../dates/date-words.ts';
import { stemSet } from '../links/content-words.ts';

/** What a claim brings to the comparison. */
export interface EventEvidence {
  /** Content stems of the claim without its date expressions and calendar words (see {@link eventWords}). */
  words: ReadonlySet<string>;
  /** Entity ids the claim names, when the registry provides them. */
  entities: ReadonlySet<string>;
}

/** Content words two claims must share (Jaccard) to be one event without other evidence. */
const SAME_WORDS = 0.3;
/**
 * And how many at least: two short sentences sharing two stems pass any Jaccard ("Bis 2030 könnten
 * hier rund eine Million Fachkräfte fehlen" / "… bis 2030 könnten rund 8.000 Arbeitsplätze hinzukommen"
 * shared "rund" and "2030"), three shared facts of a sentence rarely come together by chance.
 */
const MIN_SHARED_WORDS = 3;
/** Content words besides the date two corroborating claims must share to be one event. */
const MIN_CORROBORATED_WORDS = 2;
/** Entities two claims must share (Jaccard, at least two) to be one event with fewer shared words. */
const SAME_ENTITIES = 0.5;
/** With shared entities, the content words they must still share: the same people on one day may do two things. */
const MIN_WORDS_WITH_ENTITIES = 2;

/**
 * Words of dates and times that remain outside a date expression ("15:30 Uhr", "bis Mittwoch 19.01.",
 * "MÄRZ Verlag") and tell no event from another.
 */
const CALENDAR_WORDS = stemSet(`${Object.keys(MONTH_NAMES).join(' ')} ${Object.keys(WEEKDAYS).join(' ')} uhr heute gestern morgen tag tage jahr jahre jahres woche monat`);

/** The content stems of a claim that can tell its event from another of the same date. */
export function eventWords(text: string, dates: readonly DateExpression[]): Set<string> {
  let rest = text;
  // From the last expression back, so the offsets of the earlier ones still hold.
  for (const date of [...dates].sort((a, b) => b.start - a.start)) rest = `${rest.slice(0, date.start)} ${rest.slice(date.end)}`;
  const words = stemSet(rest);
  for (const word of words) if (CALENDAR_WORDS.has(word) || /^\d+$/.test(word)) words.delete(word);
  return words;
}

/**
 * Whether two claims that corroborate each other are one event at this date: only when they share
 * content words besides the date. Corroboration counts the date's own words among the two it
 * requires, so "Im Auftaktvideo blickt sie am Mittwoch, 13.10.2021 auf 50 Jahre THW-Leben zurück" and
 * "Gewählt auf der Delegiertenversammlung am 13. Oktober 2021 für sechs Jahre" corroborated each other.
 */
export function corroboratedEvent(a: EventEvidence, b: EventEvidence): boolean {
  return overlap(a.words, b.words).shared >= MIN_CORROBORATED_WORDS;
}

/** Whether two claims of the same date report the same event, judged by their words and entities. */
export function sameEvent(a: EventEvidence, b: EventEvidence): boolean {
  const words = overlap(a.words, b.words);
  if (words.shared >= MIN_SHARED_WORDS && words.jaccard >= SAME_WORDS) return true;
  const entities = overlap(a.entities, b.entities);
  return entities.shared >= 2 && entities.jaccard >= SAME_ENTITIES && words.shared >= MIN_WORDS_WITH_ENTITIES;
}

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared += 1;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}
