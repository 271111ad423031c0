import { findGermanDates, type StatedDate } from './german-dates.ts';

/**
 * How sure a date is the article's own, best first: a date introduced as
 * the publication date; one introduced as the last update; a date standing
 * on a short line of its own just before the body (the line under the
 * headline, a dateline) or opening the body; a short-line date elsewhere
 * (a teaser's, a comment's); a date inside running text, which usually
 * dates an event the article reports.
 */
const Rank = { Published: 0, Updated: 1, Header: 2, Furniture: 3, Prose: 4 } as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/** Words that introduce a date as the article's publication date. */
const PUBLISHED_CUE = /(?<!\p{L})(?:veröffentlicht|publiziert|erschienen|erstellt|geschrieben|gepostet|posted|published|datum)(?:\s+(?:am|on|vom))?\s*[:,]?\s*$/iu;
/** Words that introduce a date as the article's last update. */
const UPDATED_CUE = /(?<!\p{L})(?:stand|aktualisiert|aktualisierung|update[d]?|geändert|bearbeitet)(?:\s+(?:am|on|vom))?\s*[:,]?\s*$/iu;

/** A line long enough to be running text: the article's body starts at the first one. */
const BODY_WORDS = 25;
/** A date line is short: a date with a time, a place, an author or a source. */
const DATE_LINE_WORDS = 14;
/** A line introducing a date may also name the author, the place, the time and the source. */
const CUE_LINE_WORDS = 20;
/** How far into the first body line a dateline's date may stand (`BERLIN (dpa), 3. Juni 2024 –`). */
const DATELINE_CHARS = 60;

/** `Berlin,`, `BERLIN (dpa) –`, `Frankfurt am Main (Reuters):`: capitalised words and an agency in parentheses. */
const PLACE = /^\p{Lu}[\p{L}.-]*(?:\s+(?:\p{Lu}[\p{L}.-]*|am|an|der|im))*(?:\s*\([^)]{1,30}\))?\s*[,:–—-]?$/u;

interface Line {
  start: number;
  end: number;
  words: number;
}

/**
 * The publication date a text states about itself: the best-ranked date
 * (see {@link Rank}), and among equals the one nearest the start of the
 * article's body (its first line of running text), since furniture
 * (teasers, comments, footers) lies farther from it. Among dates in running
 * text the latest is taken: a report mentions earlier events but rarely
 * dates after its own publication. Undefined when the text states no full
 * date.
 */
export function extractPublicationDate(source: string): StatedDate | undefined {
  const dates = findGermanDates(source);
  if (dates.length === 0) return undefined;
  const lines = splitLines(source);
  // Measured on the development pages: starting the search at the cleaner's title changes no page's result.
  const body = lines.findIndex((l) => l.words >= BODY_WORDS);
  let best: { date: StatedDate; rank: Rank; distance: number } | undefined;
  let li = 0;
  for (const date of dates) {
    while (li < lines.length - 1 && lines[li]!.end <= date.index) li++;
    const rank = rankOf(date, source, lines[li]!, li, body);
    // Running text: the latest date, as before; elsewhere: the nearest to the body.
    const distance = rank === Rank.Prose ? -Date.parse(date.iso) : body < 0 ? li : li < body ? body - li : li - body + 0.5;
    if (!best || rank < best.rank || (rank === best.rank && distance < best.distance)) best = { date, rank, distance };
  }
  return best?.date;
}

function rankOf(date: StatedDate, source: string, line: Line, index: number, body: number): Rank {
  const before = source.slice(line.start, date.index).slice(-40);
  // A cue in a long line is a sentence about some update (`Update 16.04.2019: Jetzt ist es amtlich …`), not a date line.
  if (line.words <= CUE_LINE_WORDS && PUBLISHED_CUE.test(before)) return Rank.Published;
  if (line.words <= CUE_LINE_WORDS && UPDATED_CUE.test(before)) return Rank.Updated;
  if (line.words <= DATE_LINE_WORDS) return index < body || body < 0 ? Rank.Header : Rank.Furniture;
  if (index === body && date.index - line.start <= DATELINE_CHARS && isDateline(source, line, date)) return Rank.Header;
  return Rank.Prose;
}

/**
 * Whether a date opening the body is a dateline (`BERLIN (dpa), 3. Juni
 * 2024 –`, `12.03.2020 – `), not the start of a sentence about an event
 * (`Am 12. Dezember 2023 traf sich …`): a place before it, or a dash or a
 * colon right after it.
 */
function isDateline(source: string, line: Line, date: StatedDate): boolean {
  const before = source.slice(line.start, date.index).trim();
  if (before !== '') return PLACE.test(before);
  return /^\s*[-–—:|]/.test(source.slice(date.index + date.evidence.length, date.index + date.evidence.length + 3));
}

function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  for (const match of source.matchAll(/[^\n]*(?:\n|$)/g)) {
    if (match[0] === '' && match.index === source.length && lines.length > 0) break;
    const start = match.index ?? 0;
    lines.push({ start, end: start + match[0].length, words: match[0].split(/\s+/).filter(Boolean).length });
  }
  return lines;
}
