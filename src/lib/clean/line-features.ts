/**
 * What tells a line of the article from a line of the page around it, as
 * numbers for the line model (line-model.ts): its shape (length, function
 * words, sentence end, capitals, digits), its place relative to the main
 * text and the title, and its neighbourhood (prose next to it, how long the
 * run of short lines it stands in is, rules firing on its neighbours). All
 * of these hold on any site; none names one.
 */
import type { LineSignals } from './line-signals.ts';
import type { LineRange } from './main-text.ts';

/** The page as the line model sees it. */
export interface LineModelInput {
  /** Every line, whitespace normalised ('' for blank lines). */
  texts: readonly string[];
  /** Signals of the paragraph each line belongs to (hard-wrapped lines together). */
  signals: readonly LineSignals[];
  /** Words of running prose on each line (0 for other lines). */
  proseWords: readonly number[];
  /** Whether an explicit rule already dropped the line. */
  ruled: readonly boolean[];
  /** Whether the line is a prompt that ends the article ("Schreibe einen Kommentar", "Auch interessant"). */
  endsArticle: readonly boolean[];
  main: LineRange;
  title: number;
}

/** Names of the features, in vector order (the weights file lists its weights by these names). */
export const LINE_FEATURES = [
  'bias', 'prose', 'words', 'stopwords', 'sentence', 'insideMain', 'aboveTitle', 'betweenTitleAndText', 'afterMain',
  'distance', 'proseNeighbour', 'shortRun', 'capitalised', 'digits', 'colonEnd', 'long', 'ruledNeighbour',
  'afterArticleEnd', 'fewWords', 'lowercaseStart', 'dateLike', 'mainShareBefore', 'ellipsisEnd',
  'separators', 'bulletStart', 'questionEnd',
] as const;

const DATE_LIKE = /\b\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\. (?:Jan|Feb|Mär|Apr|Mai|Jun|Jul|Aug|Sep|Okt|Nov|Dez)\p{L}*\.? \d{4}\b/iu;

/** Page-wide measurements, computed once for all lines. */
export interface LinePageStats {
  /** Length of the run of consecutive non-blank, non-prose lines each line stands in (0 for prose). */
  shortRun: number[];
  /** Index of the first article-ending prompt after the main text (Infinity when none). */
  articleEnd: number;
  /** Prose words before each line, and in the main text. */
  proseBefore: number[];
  mainProse: number;
  /** Non-blank lines before each line. */
  filledBefore: number[];
}

/** The page-wide measurements the features of `input`'s lines need. */
export function linePageStats(input: LineModelInput): LinePageStats {
  const n = input.texts.length;
  const shortRun = new Array<number>(n).fill(0);
  for (let i = 0; i < n; ) {
    if (input.texts[i] === '' || input.proseWords[i]! > 0) {
      i += 1;
      continue;
    }
    let j = i;
    let count = 0;
    while (j < n && input.proseWords[j] === 0) {
      if (input.texts[j] !== '') count += 1;
      j += 1;
    }
    for (let k = i; k < j; k++) if (input.texts[k] !== '') shortRun[k] = count;
    i = j;
  }
  let articleEnd = Infinity;
  for (let i = input.main.end + 1; i < n; i++) {
    if (input.endsArticle[i]) {
      articleEnd = i;
      break;
    }
  }
  const proseBefore = [0];
  const filledBefore = [0];
  for (let i = 0; i < n; i++) {
    proseBefore.push(proseBefore[i]! + (input.proseWords[i] ?? 0));
    filledBefore.push(filledBefore[i]! + (input.texts[i] === '' ? 0 : 1));
  }
  const { start, end } = input.main;
  return { shortRun, articleEnd, proseBefore, filledBefore, mainProse: end >= start ? proseBefore[end + 1]! - proseBefore[start]! : 0 };
}

function neighbour(texts: readonly string[], i: number, step: number): number {
  for (let j = i + step; j >= 0 && j < texts.length; j += step) if (texts[j] !== '') return j;
  return -1;
}

/** Feature vector of line `i`. */
export function lineFeatures(input: LineModelInput, i: number, page: LinePageStats): number[] {
  const text = input.texts[i]!;
  const s = input.signals[i]!;
  const { main, title } = input;
  const previous = neighbour(input.texts, i, -1);
  const next = neighbour(input.texts, i, 1);
  const isProse = (j: number) => j >= 0 && input.proseWords[j]! > 0;
  const tokens = text.split(' ');
  // Counted in non-blank lines: how a page spaces its lines says nothing.
  const filled = page.filledBefore;
  const outside = main.start > main.end ? 0 : i < main.start ? filled[main.start]! - filled[i]! : i > main.end ? filled[i]! - filled[main.end]! : 0;
  return [
    1,
    input.proseWords[i]! > 0 ? 1 : 0,
    Math.log1p(s.words) / 4,
    s.stopwordRatio,
    s.endsLikeSentence ? 1 : 0,
    i >= main.start && i <= main.end ? 1 : 0,
    title >= 0 && i < title ? 1 : 0,
    title >= 0 && i > title && i < main.start ? 1 : 0,
    i > main.end ? 1 : 0,
    Math.log1p(outside) / 4,
    (isProse(previous) ? 0.5 : 0) + (isProse(next) ? 0.5 : 0),
    Math.log1p(page.shortRun[i]!) / 3,
    tokens.filter((t) => /^\p{Lu}/u.test(t)).length / tokens.length,
    (text.match(/\d/g) ?? []).length / Math.max(1, text.length),
    /:$/u.test(text) ? 1 : 0,
    text.length > 200 ? 1 : 0,
    (previous >= 0 && input.ruled[previous] ? 0.5 : 0) + (next >= 0 && input.ruled[next] ? 0.5 : 0),
    i > page.articleEnd ? 1 : 0,
    s.words <= 3 ? 1 : 0,
    /^\p{Ll}/u.test(text) ? 1 : 0,
    DATE_LIKE.test(text) ? 1 : 0,
    page.mainProse === 0 || i < main.start ? 0 : Math.min(1, (page.proseBefore[i]! - page.proseBefore[main.start]!) / page.mainProse),
    /(?:\.\.\.|…)$/u.test(text) ? 1 : 0,
    /\s[|•·›»/]\s/u.test(text) ? 1 : 0,
    /^[•\-–*·▪►✓✔]\s?|^\d+[.)]\s/u.test(text) ? 1 : 0,
    /[?!]["“”»«’]?$/u.test(text) ? 1 : 0,
  ];
}
