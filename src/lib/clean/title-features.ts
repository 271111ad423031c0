/**
 * What tells the headline from its neighbours above the article text, as
 * numbers for the title model (title-line.ts). Between the page header and
 * the first paragraph stand the headline and its companions: kicker,
 * standfirst, byline, date, "Stand: …", share buttons, photo credits, and
 * above them menus and teasers. Every feature is a shape that holds on any
 * site: length, punctuation, function words, dates, place, repetition, and
 * how many of its words the article then uses.
 */
import { GERMAN_STOPWORDS } from './german-stopwords.ts';
import type { LineSignals } from './line-signals.ts';
import { wordsOf } from './line-signals.ts';
import type { LineRange } from './main-text.ts';
import { companionSoon, echoedNearby, embedsNeighbour, headlineNeighbours, isHeadingLine, NEIGHBOURHOOD, nextNonBlank, previousNonBlank } from './title-block.ts';
import { COMPANION, CREDIT, DATE_LIKE, isCompanion, LIST_SEPARATORS, TRAIL } from './title-shapes.ts';

/** The lines the title is chosen from, and the text it heads. */
export interface TitleInput {
  /** Every line of the article, whitespace normalised ('' for blank lines). */
  texts: readonly string[];
  /** Signals of every line (without inline removals). */
  signals: readonly LineSignals[];
  /** Kept lines, in page order. */
  candidates: readonly number[];
  main: LineRange;
  /** Words of running prose on each line (0 for other lines). */
  proseWords: readonly number[];
}

/** Names of the features, in vector order (the model file lists its weights by these names). */
export const TITLE_FEATURES = [
  'distance', 'words', 'wordsHeadline', 'wordsFew', 'endsQuestion', 'endsPeriod', 'stopwords', 'dateLike',
  'companion', 'listLike', 'bodyOverlap', 'allCaps', 'credit', 'nextIsCompanion', 'blankBefore',
  'colon', 'capitalised', 'digits', 'long', 'firstOfMain', 'insideMain', 'proseBefore', 'nextIsProse', 'toProse',
  'sharedWords', 'prevShort', 'repeated', 'mostShared', 'leadOverlap', 'bestLead', 'companionSoon',
  'echoedNearby', 'embedsNeighbour', 'longerNext', 'shorterPrevious', 'truncated', 'prevIsCompanion', 'headlineNeighbours', 'afterTrail', 'quoted',
] as const;

const contentWords = (text: string) => wordsOf(text).filter((w) => w.length >= 4 && !GERMAN_STOPWORDS.has(w)).map((w) => w.slice(0, 5));

/** Content words of the first part of the main text (the headline's words come back in the lead). */
export function bodyVocabulary(input: TitleInput): Set<string> {
  const words = new Set<string>();
  let count = 0;
  for (let i = input.main.start; i <= input.main.end && count < 400; i++) {
    for (const w of contentWords(input.texts[i] ?? '')) {
      words.add(w);
      count += 1;
    }
  }
  return words;
}

/** Feature vector of candidate `k` (an index into `input.candidates`). */
export function titleFeatures(input: TitleInput, k: number, page: PageStats): number[] {
  const { body } = page;
  const i = input.candidates[k]!;
  const text = input.texts[i]!;
  const s = input.signals[i]!;
  const next = input.candidates[k + 1];
  const own = contentWords(text);
  const letters = text.match(/\p{L}/gu) ?? [];
  const upper = letters.filter((c) => c !== c.toLowerCase()).length;
  const tokens = text.split(' ');
  const nextLine = nextNonBlank(input.texts, i);
  const previousLine = previousNonBlank(input.texts, i);
  let toProse = 0;
  for (let j = i + 1; j < input.texts.length && toProse < 30 && (input.proseWords[j] ?? 0) === 0; j++) if (input.texts[j] !== '') toProse += 1;
  const shared = own.filter((w) => body.has(w)).length;
  return [
    Math.log1p(Math.max(0, page.above - 1 - k)) / 3,
    Math.min(s.words, 40) / 20,
    s.words >= 4 && s.words <= 18 ? 1 : 0,
    s.words <= 2 ? 1 : 0,
    /[?!]["“”»«’]?$/u.test(text) ? 1 : 0,
    /[.:;,]$/u.test(text) && !/[?!…]["“”»«’]?\.?$/u.test(text) ? 1 : 0,
    s.stopwordRatio,
    DATE_LIKE.test(text) ? 1 : 0,
    COMPANION.test(text) ? 1 : 0,
    LIST_SEPARATORS.test(text) ? 1 : 0,
    own.length === 0 ? 0 : own.filter((w) => body.has(w)).length / own.length,
    letters.length >= 6 && upper / letters.length > 0.7 ? 1 : 0,
    CREDIT.test(text) ? 1 : 0,
    next !== undefined && isCompanion(input.texts[next]!) ? 1 : 0,
    i === 0 || input.texts[i - 1] === '' ? 1 : 0,
    /\S: \S/u.test(text) ? 1 : 0,
    tokens.filter((t) => /^\p{Lu}/u.test(t)).length / tokens.length,
    (text.match(/\d/g) ?? []).length / Math.max(1, text.length),
    text.length > 160 ? 1 : 0,
    i === input.main.start ? 1 : 0,
    i > input.main.start && i <= input.main.end ? 1 : 0,
    page.mainProse === 0 || i <= input.main.start ? 0 : (page.proseBefore[i]! - page.proseBefore[input.main.start]!) / page.mainProse,
    nextLine >= 0 && (input.proseWords[nextLine] ?? 0) > 0 ? 1 : 0,
    Math.log1p(toProse) / 3,
    Math.min(shared, 6) / 6,
    previousLine >= 0 && input.signals[previousLine]!.words <= 3 ? 1 : 0,
    page.repeats.get(text) ? 1 : 0,
    shared > 0 && shared === page.mostShared ? 1 : 0,
    page.lead.get(i)!,
    page.lead.get(i)! > 0 && page.lead.get(i) === page.bestLead ? 1 : 0,
    companionSoon(input.texts, i) ? 1 : 0,
    echoedNearby(input.texts, i) ? 1 : 0,
    embedsNeighbour(input.texts, i) ? 1 : 0,
    nextLine >= 0 && isHeadingLine(input, nextLine) && input.signals[nextLine]!.words > s.words ? 1 : 0,
    previousLine >= 0 && isHeadingLine(input, previousLine) && input.signals[previousLine]!.words < s.words ? 1 : 0,
    /\p{L}(?:\.\.\.|…)$/u.test(text) ? 1 : 0,
    previousLine >= 0 && isCompanion(input.texts[previousLine]!) ? 1 : 0,
    headlineNeighbours(input, i) / (2 * NEIGHBOURHOOD),
    previousLine >= 0 && TRAIL.test(input.texts[previousLine]!) ? 1 : 0,
    /^["„“»«‚‘][^"„“»«]{8,}["“”«»‘’]$/u.test(text) ? 1 : 0,
  ];
}

/** What the features of every candidate of one page share, computed once. */
export interface PageStats {
  body: ReadonlySet<string>;
  /** Prose words on the lines before each line. */
  proseBefore: readonly number[];
  /** Prose words of the main text. */
  mainProse: number;
  /** How many candidates stand above the main text. */
  above: number;
  /** Lines of the window whose text the page repeats elsewhere: as a line of its own or ending a breadcrumb. */
  repeats: ReadonlyMap<string, boolean>;
  /** The most words of the text's vocabulary any candidate shares. */
  mostShared: number;
  /** Each candidate's overlap with the paragraph of prose after it, and the largest. */
  lead: ReadonlyMap<number, number>;
  bestLead: number;
}

/** Whether each candidate's text stands on another line too, alone or at the end of a longer line (a breadcrumb's last step). */
function repeatedTexts(input: TitleInput): Map<string, boolean> {
  const lines = input.texts.filter((t) => t !== '');
  const count = new Map<string, number>();
  for (const t of lines) count.set(t, (count.get(t) ?? 0) + 1);
  const repeats = new Map<string, boolean>();
  for (const i of input.candidates) {
    const text = input.texts[i]!;
    if (!repeats.has(text)) repeats.set(text, count.get(text)! > 1 || lines.some((other) => other.length > text.length && other.endsWith(text)));
  }
  return repeats;
}

/**
 * Each candidate's overlap with the first paragraph of prose after it: the share of its content words that
 * paragraph uses (a headline's come back in its lead).
 */
function leadOverlaps(input: TitleInput, words: (i: number) => string[]): Map<number, number> {
  const lead = new Map<number, number>();
  let next = -1;
  const candidates = new Set(input.candidates);
  for (let i = input.texts.length - 1; i >= 0; i--) {
    if (candidates.has(i)) {
      const own = words(i);
      const paragraph = next < 0 ? new Set<string>() : new Set(words(next));
      lead.set(i, own.length === 0 ? 0 : own.filter((w) => paragraph.has(w)).length / own.length);
    }
    if ((input.proseWords[i] ?? 0) > 0) next = i;
  }
  return lead;
}

/** The page-wide measurements the features of `input`'s candidates need. */
export function pageStats(input: TitleInput): PageStats {
  const proseBefore = [0];
  input.texts.forEach((_, i) => proseBefore.push(proseBefore[i]! + (input.proseWords[i] ?? 0)));
  const { start, end } = input.main;
  const mainProse = end >= start ? proseBefore[end + 1]! - proseBefore[start]! : 0;
  const body = bodyVocabulary(input);
  const cache = new Map<number, string[]>();
  const words = (i: number) => cache.get(i) ?? cache.set(i, contentWords(input.texts[i]!)).get(i)!;
  const mostShared = Math.max(0, ...input.candidates.map((i) => words(i).filter((w) => body.has(w)).length));
  const lead = leadOverlaps(input, words);
  const bestLead = Math.max(0, ...lead.values());
  return { body, proseBefore, mainProse, above: input.candidates.filter((i) => i < start).length, repeats: repeatedTexts(input), mostShared, lead, bestLead };
}
