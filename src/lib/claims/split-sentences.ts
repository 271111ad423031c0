import { abbreviationLexicon, type AbbreviationLexicon } from './abbreviation-lexicon.ts';
import { GERMAN_MONTHS, ORDINAL_DETERMINERS, ORDINAL_NOUNS } from './german-abbreviations.ts';

/** A sentence of a paragraph; offsets are UTF-16 indices into the paragraph string. */
export interface Sentence { text: string; start: number; end: number }

/** One segmenter per language: building one costs far more than splitting a paragraph. */
const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  const segmenter = segmenters.get(language) ?? new Intl.Segmenter(language, { granularity: 'sentence' });
  segmenters.set(language, segmenter);
  return segmenter;
}

/** Quotes, brackets and dashes that may stand before a word; stripped to see the word itself. */
const OPENERS = /^[„“”"'‚‘’»«(\[{–—-]+/u;
/** A token ending in an ellipsis (…, or three dots), maybe inside a closing quote or bracket. */
const ELLIPSIS_END = /(?:…|\.{3,})[”“"'’‘»«)\]}]*$/u;
/** A token ending in a question or exclamation mark, maybe inside a closing quote or bracket. */
const QUESTION_END = /[?!][”“"'’‘»«)\]}]*$/u;
/** A token ending in sentence punctuation, maybe inside a closing quote or bracket. */
const STOP_END = /[.?!…][”“"'’‘»«)\]}]*$/u;
/** Text before an ICU break inside a token: a Latin stop plus what ICU counts as closing ("?(" in a URL). */
const LATIN_STOP_MID_TOKEN = /[.?!…][^\p{L}\p{N}\s]*$/u;
/** The first word after a cut, past opening quotes, brackets and dashes. */
const NEXT_WORD = /[„“"'‚‘»«(\[{–—\- ]*([\p{L}\p{N}]+)/uy;
/** Ordinal numbers: "12.", "12.03." (a date without year), Roman "XIV.". */
const ORDINAL = /^(?:\d{1,3}|\d{1,2}\.\d{1,2}|[IVXLC]{2,})\.$/u;
/** A full stop or ?/! glued to the next sentence ("verurteilt.Die"), not to an acronym ("z.B.", "U.S.A."). */
const GLUED = /(?<=\p{L}\p{Ll}|[\p{L}\p{N}][)”“"’»«\]])(?:\.|[?!]+)[”“"’‘»«)\]]*(?=[„‚]?\p{Lu}\p{Ll})/gu;
/** Full stops and marks of scripts that put no space after a sentence. */
const IDEOGRAPHIC_STOP = /[。．！？]/u;
/** Tokens whose dots and marks are not punctuation. */
const URL_LIKE = /:\/\/|@|^[^\p{L}\p{N}]*www\./iu;

/**
 * Splits one paragraph (whitespace already normalised: single spaces, no
 * newlines) into sentences.
 *
 * Starts from `Intl.Segmenter`'s sentence boundaries and corrects them where
 * they are wrong for German news prose: no break after abbreviations,
 * initials, ordinals ("am 12. März"), an ellipsis or a colon, nor inside URLs,
 * e-mail addresses and numbers; a break where a sentence is glued to the next
 * ("verurteilt.Die"). Closing quotes and brackets stay with their sentence.
 *
 * Each sentence is trimmed and `paragraph.slice(start, end) === text`; the
 * sentences are in order, disjoint, and cover every non-space character.
 *
 * Known limits, all ambiguous even for readers without context: "Mio." or
 * "Jh." closing a sentence joins it to the next; an ellipsis never ends one;
 * a quotation of several sentences is split at its inner full stops.
 *
 * @param language a BCP 47 tag (default `de`) that picks the abbreviation lexicon
 *   (`./abbreviation-lexicon.ts`): English has its own, German its own with ordinals,
 *   every other language the German one without ordinals
 * @throws RangeError when `language` is not a valid language tag
 */
export function splitSentences(paragraph: string, language = 'de'): Sentence[] {
  const lexicon = abbreviationLexicon(language);
  const glued = gluedCuts(paragraph, lexicon);
  const cuts: number[] = [];
  for (const { index } of segmenterFor(language).segment(paragraph)) {
    if (index === 0) continue;
    while (glued.length > 0 && glued[0]! <= index) cuts.push(glued.shift()!);
    // Rules look back no further than the sentence's start: what lies before is settled.
    const floor = cuts.at(-1) ?? 0;
    if (isSpace(paragraph, index - 1)) {
      if (!continuesSentence(paragraph, index, floor, lexicon)) cuts.push(index);
    } else if (!LATIN_STOP_MID_TOKEN.test(paragraph.slice(Math.max(0, index - 8), index))) {
      // Scripts without spaces between sentences ("。") break mid-token; Latin
      // punctuation mid-token is a URL, a number or a glued sentence (see gluedCuts).
      cuts.push(index);
    }
  }
  return rangesToSentences(paragraph, [...cuts, ...glued]);
}

/** True when the ICU break at `cut` (after a space) falls inside the sentence that starts at `floor`. */
function continuesSentence(text: string, cut: number, floor: number, lexicon: AbbreviationLexicon): boolean {
  const last = tokenBefore(text, cut, floor);
  if (!last) return false;
  const token = text.slice(last.start, last.end);
  const next = nextWord(text, cut);
  if (/[,:;]$/.test(token) || ELLIPSIS_END.test(token)) return true;
  // ICU breaks after "?(" in "http://a.aa?( ": only final punctuation can end a sentence after a URL.
  if (URL_LIKE.test(token) && !STOP_END.test(token)) return true;
  // „Ist das so?“ fragte er: a German sentence never starts lowercase (iPhone aside).
  if (QUESTION_END.test(token)) return /^\p{Ll}/u.test(next) && !/^\p{Ll}+\p{Lu}/u.test(next);
  // A full stop followed by a closing quote or bracket ends the sentence for sure.
  if (!token.endsWith('.')) return false;
  return isAbbreviation(text, last, cut, floor, next, lexicon) || (lexicon.ordinals && isOrdinal(text, last, cut, floor, next));
}

/** True when the token `last` (ending in ".") is an abbreviation or initial, not a sentence end. */
function isAbbreviation(text: string, last: Range, cut: number, floor: number, next: string, lexicon: AbbreviationLexicon): boolean {
  const core = text.slice(last.start, last.end).replace(OPENERS, '');
  // "z. B." and "u. v. m." span tokens: look them up joined, longest spelling first.
  const spellings = [core];
  let start = last.start;
  for (let i = 0; i < 2; i += 1) {
    const previous = tokenBefore(text, start, floor);
    if (!previous) break;
    const part = text.slice(previous.start, previous.end).replace(OPENERS, '');
    if (!/^\p{L}{1,4}\.$/u.test(part)) break;
    spellings.unshift(part + spellings[0]);
    start = previous.start;
  }
  for (const spelling of spellings) {
    if (lexicon.nameSuffixes.has(spelling)) return !lexicon.openers.has(next);
    if (lexicon.sentenceFinal.has(spelling)) return false;
    if (lexicon.always.has(spelling)) return true;
    if (lexicon.beforeNumber.has(spelling)) return /^\d/.test(text.charAt(cut));
  }
  // "Ca. 500 Menschen": a lowercase abbreviation capitalised because it opens the sentence.
  const lowered = core.charAt(0).toLowerCase() + core.slice(1);
  if (lowered !== core && lexicon.always.has(lowered) && !tokenBefore(text, last.start, floor)) return true;
  // "in the U.S. The talks …": an acronym of two letters or more before a sentence opener ends the sentence.
  if (lexicon.openers.has(next) && /^(?:\p{L}\.){2,}$/u.test(core)) return false;
  return lexicon.initials.test(core);
}

/** True when the token `last` is an ordinal ("am 12. März"), judged by the words around it. */
function isOrdinal(text: string, last: Range, cut: number, floor: number, next: string): boolean {
  const core = text.slice(last.start, last.end).replace(OPENERS, '');
  if (!ORDINAL.test(core)) return false;
  const previous = tokenBefore(text, last.start, floor);
  // An enumerator opening a sentence or a list: "1. Die Regierung muss …", "Punkte: 1. Frieden".
  if (!previous || text.charAt(previous.end - 1) === ':') return true;
  if (GERMAN_MONTHS.has(next) || ORDINAL_NOUNS.has(next)) return true;
  // An enumeration under way: "1. Frieden, 2. Sicherheit".
  const number = Number.parseInt(core, 10);
  if (number > 1 && ` ${text.slice(Math.max(floor, last.start - 300), last.start)}`.includes(` ${number - 1}. `)) return true;
  // A date spelt with spaces: "12. 3. 2025".
  const before = text.slice(previous.start, previous.end);
  const after = text.slice(cut, cut + 3);
  if (/^\d{1,2}\.$/.test(core) && (/^\d{1,2}\.(?!\d)/.test(after) || (/^\d{1,2}\.$/.test(before) && /^\d/.test(after)))) return true;
  return ORDINAL_DETERMINERS.has(before.replace(OPENERS, '').toLowerCase());
}

/** Cuts where a sentence is glued to the next without a space; never in URLs, e-mails or after abbreviations. */
function gluedCuts(text: string, lexicon: AbbreviationLexicon): number[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(GLUED)) {
    const at = match.index;
    const token = tokenAround(text, at);
    if (URL_LIKE.test(token)) continue;
    const word = `${/\p{L}+$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? ''}.`;
    if (match[0].startsWith('.') && (lexicon.always.has(word) || lexicon.beforeNumber.has(word))) continue;
    cuts.push(at + match[0].length);
  }
  return cuts;
}

/** Sentences between consecutive cuts (ascending, repeats allowed), trimmed; blank stretches give none. */
function rangesToSentences(text: string, cuts: number[]): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  for (const to of [...cuts, text.length]) {
    let start = from;
    let end = to;
    while (start < end && isSpace(text, start)) start += 1;
    while (end > start && isSpace(text, end - 1)) end -= 1;
    if (start < end) sentences.push({ text: text.slice(start, end), start, end });
    from = to;
  }
  return sentences;
}

/** A stretch of the paragraph, end exclusive. */
type Range = Pick<Sentence, 'start' | 'end'>;

/** The whitespace-delimited token ending before `position` (past any spaces), not reaching below `floor`. */
function tokenBefore(text: string, position: number, floor: number): Range | undefined {
  let end = position;
  while (end > floor && isSpace(text, end - 1)) end -= 1;
  if (end === floor) return undefined;
  let start = end;
  while (start > floor && !isSpace(text, start - 1)) start -= 1;
  return { start, end };
}

/** The token containing `position`, delimited by whitespace or an ideographic stop (a sentence end without space). */
function tokenAround(text: string, position: number): string {
  const delimits = (index: number) => isSpace(text, index) || IDEOGRAPHIC_STOP.test(text.charAt(index));
  let start = position;
  let end = position;
  while (start > 0 && !delimits(start - 1)) start -= 1;
  while (end < text.length && !delimits(end)) end += 1;
  return text.slice(start, end);
}

/** The word after `cut`, past opening quotes and dashes ('' when none). */
function nextWord(text: string, cut: number): string {
  NEXT_WORD.lastIndex = cut;
  return NEXT_WORD.exec(text)?.[1] ?? '';
}

/** True for whitespace (JavaScript's `\s`, the same set `trim` removes). */
function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 32) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return /\s/.test(text.charAt(index));
}
