/** A full calendar date stated in a text. */
export interface StatedDate {
  /** `YYYY-MM-DD`. */
  iso: string;
  /** The words it was read from, e.g. `am 12. März 2025` or `29.12.2021`. */
  evidence: string;
  /** UTF-16 offset of `evidence` in the text. */
  index: number;
}

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1,
  februar: 2, feber: 2, feb: 2, febr: 2,
  märz: 3, maerz: 3, mär: 3, mrz: 3,
  april: 4, apr: 4,
  mai: 5,
  juni: 6, jun: 6,
  juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10,
  november: 11, nov: 11,
  dezember: 12, dez: 12,
  // English names: German sites built on English templates write `Oct 24, 2023` or `18. June 2019`.
  january: 1, february: 2, march: 3, mar: 3, may: 5, june: 6, july: 7, october: 10, oct: 10, december: 12, dec: 12,
};

// Longest names first so `Februar` is not read as `Feb` + `ruar`.
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');

/** An optional `am ` / `vom ` / `seit dem ` before the date belongs to the evidence. */
const LEAD = String.raw`(?:(?:am|vom|seit dem|bis zum)\s+)?`;
/** Spaces within a line (no-break and thin spaces included): a date never spans a line break. */
const SPACE = String.raw`[^\S\r\n]`;

/**
 * After a four-digit year: no further digit, unless it starts the next date
 * (`19. Dezember 202219. Dezember 2022`, a page's visible and hidden copy
 * glued together by the browser's copy).
 */
const YEAR_END = String.raw`(?!\p{N}(?!\p{N}?\.))`;

/** `12. März 2025`, `1. Jan. 2024`, `02 Feb. 2022`. */
const NAMED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${LEAD}(\d{1,2})(?:\.${SPACE}*|${SPACE}+)(${MONTH_NAMES})\.?${SPACE}+(\d{4})${YEAR_END}`,
  'giu',
);
/** `Oct 24, 2023`, `Dezember 29, 2021`: month first, as English templates write it. */
const MONTH_FIRST = new RegExp(String.raw`(?<![\p{L}\p{N}])(${MONTH_NAMES})\.?${SPACE}+(\d{1,2}),?${SPACE}+(\d{4})${YEAR_END}`, 'giu');
/**
 * `29.12.2021`, `1.3.2025`, `13. 1. 2020` (a space after each dot, as some
 * sites write it); a letter may precede it (`von Nadja Demel13.12.2022`,
 * where the copy lost a line break).
 */
const NUMERIC = new RegExp(String.raw`(?<![\p{N}.])${LEAD}(\d{1,2})\.${SPACE}?(\d{1,2})\.${SPACE}?(\d{4})(?!\.\p{N})${YEAR_END}`, 'giu');
/** `2015-04-05`, `2022-12-07T10:10:52`: the machine form some pages show. */
const ISO = /(?<![\p{N}-])(\d{4})-(\d{2})-(\d{2})(?![\p{N}-])/gu;
/**
 * `13.01.20`: a two-digit year only with two-digit day and month and no
 * spaces, the form datelines use; `1.2.20` is as likely a version or a score.
 */
const SHORT_YEAR = new RegExp(String.raw`(?<![\p{L}\p{N}.])${LEAD}(\d{2})\.(\d{2})\.(\d{2})(?![\p{N}]|\.\p{N})`, 'giu');

/** `20` → 2020, `98` → 1998: news texts with two-digit years are from around now, not from the 2070s. */
const fullYear = (yy: number) => (yy < 70 ? 2000 + yy : 1900 + yy);

/**
 * Finds every explicit full date (day, month and four-digit year) in German
 * text, in text order. Month-only (`im Februar 2025`) and year-less
 * (`am 12. Februar`) expressions are not full dates; impossible dates
 * (`31.02.2024`) are skipped. Two-digit years are read in `13.01.20` only;
 * `11/01/2021` is not read at all, since sites write it day first and
 * month first alike.
 */
export function findGermanDates(text: string): StatedDate[] {
  const found: StatedDate[] = [];
  for (const match of text.matchAll(NAMED)) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    if (month !== undefined) push(found, match, Number(match[3]), month, Number(match[1]));
  }
  for (const match of text.matchAll(MONTH_FIRST)) {
    const month = MONTHS[(match[1] ?? '').toLowerCase()];
    if (month !== undefined) push(found, match, Number(match[3]), month, Number(match[2]));
  }
  for (const match of text.matchAll(NUMERIC)) {
    push(found, match, Number(match[3]), Number(match[2]), Number(match[1]));
  }
  for (const match of text.matchAll(ISO)) {
    push(found, match, Number(match[1]), Number(match[2]), Number(match[3]));
  }
  for (const match of text.matchAll(SHORT_YEAR)) {
    push(found, match, fullYear(Number(match[3])), Number(match[2]), Number(match[1]));
  }
  return found.sort((a, b) => a.index - b.index);
}

function push(found: StatedDate[], match: RegExpMatchArray, year: number, month: number, day: number): void {
  const iso = toIsoDate(year, month, day);
  if (iso) found.push({ iso, evidence: match[0], index: match.index ?? 0 });
}

/** `YYYY-MM-DD` if the date exists in the calendar, else undefined. */
export function toIsoDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
