/**
 * Decides, line by line, what is article and what is furniture. Explicit
 * rules come first (curator, then built-in); then the title is found; then
 * general signals (position, shape, repetition) judge what remains.
 */
import { authorBioLines } from './author-bio.ts';
import { IMAGE_RULES, LINE_RULES } from './builtin-rules.ts';
import { commentThreadStart } from './comment-thread.ts';
import type { CompiledRule } from './curator-rules.ts';
import { inlineRemovals, withoutInline, type InlineRemoval } from './inline-rules.ts';
import { isHeadlineShaped, isProse, lineSignals, type LineSignals } from './line-signals.ts';
import { densestRun, type LineRange } from './main-text.ts';
import { furnitureLines, type LineModelInput } from './line-model.ts';
import { isOutletRepeat, type OutletLines } from './outlet-repeats.ts';
import { reasonFor, type BuiltinRuleId } from './rule-reasons.ts';
import type { SourceLine } from './source-lines.ts';
import { ENDS_ARTICLE, promptRule } from './prompt-rules.ts';
import { pickTitle, type TitleInput } from './title-line.ts';
import type { CleaningOverrides } from './types.ts';

/** Why a line was dropped. */
export interface Drop {
  rule: string;
  reason: string;
}

/** The verdict on every line: `drops[i]` is set when line `i` is removed. */
export interface LineVerdicts {
  drops: (Drop | undefined)[];
  /** Index of the title line, or -1 when no line looks like a title. */
  title: number;
  /** Inline removals in each kept line (none in lines the curator pinned with `keep`). */
  inline: InlineRemoval[][];
}

interface Context {
  lines: SourceLine[];
  /** Signals of the whole line, for explicit rules. */
  signals: LineSignals[];
  /** Signals of the line without its inline removals, for judging its shape. */
  core: LineSignals[];
  /** Signals of the paragraph the line belongs to (hard-wrapped lines together), for judging prose. */
  unit: LineSignals[];
  drops: (Drop | undefined)[];
  pinned: Set<number>;
  language: string;
}

const contains = (text: string, needles: readonly string[]) => needles.some((n) => n.trim() !== '' && text.includes(n.trim()));

function drop(ctx: Context, i: number, rule: BuiltinRuleId): void {
  if (!ctx.pinned.has(i) && !ctx.drops[i]) ctx.drops[i] = { rule, reason: reasonFor(rule, ctx.language) };
}

function explicitDrop(text: string, s: LineSignals, rules: readonly CompiledRule[], overrides: CleaningOverrides, language: string): Drop | BuiltinRuleId | undefined {
  if (contains(text, overrides.drop)) return 'curator-drop';
  const curator = rules.find((r) => r.scope === 'line' && r.regex.test(text));
  if (curator) return { rule: curator.id, reason: curator.reason };
  const builtin = LINE_RULES.find((r) => r.test(text, s));
  if (builtin) return builtin.id;
  const prompt = promptRule(text, s, language);
  if (prompt) return prompt.id;
  if (s.foreignScriptRatio > 0.5 && (s.words < 12 || !s.endsLikeSentence)) return 'foreign-script-ui';
  return undefined;
}

const coreText = (line: SourceLine, inline: readonly InlineRemoval[]) => (inline.length ? withoutInline(line.raw, inline) : line.text);

/**
 * Hard-wrapped text breaks a sentence over several lines, none of which looks
 * like prose alone. Lines that continue an open sentence (the next starts in
 * lowercase) are measured as the one paragraph they form.
 */
function judgeWrappedLinesTogether(ctx: Context, kept: readonly number[], inline: readonly InlineRemoval[][]): void {
  let unit: number[] = [];
  const flush = () => {
    if (unit.length > 1) {
      const joined = lineSignals(unit.map((i) => coreText(ctx.lines[i]!, inline[i]!)).join(' '), ctx.language);
      for (const i of unit) ctx.unit[i] = joined;
    }
    unit = [];
  };
  for (const i of kept) {
    const last = unit.at(-1);
    const continues = last === i - 1 && !ctx.core[last]!.endsLikeSentence && /^\p{Ll}/u.test(ctx.lines[i]!.text);
    if (!continues) flush();
    unit.push(i);
  }
  flush();
}

/** Words of running prose on each line: prose-shaped paragraphs count, everything else is 0. */
function wordsOfProse(ctx: Context, i: number): number {
  const s = ctx.unit[i]!;
  if (ctx.lines[i]!.text === '' || ctx.drops[i]) return 0;
  const runningText = s.words >= 20 && s.stopwordRatio >= 0.15;
  return isProse(s) || runningText ? ctx.core[i]!.words : 0;
}

/** What crossing a "Schreibe einen Kommentar" or "Auch interessant" costs: more than a paragraph pays. */
const ARTICLE_END_COST = 40;

/** A line's value for finding the main text: prose pays its words, furniture costs. */
function lineValue(ctx: Context, i: number, words: number): number {
  if (ctx.lines[i]!.text === '') return 0;
  if (words > 0) return words;
  if (ENDS_ARTICLE.has(ctx.drops[i]?.rule ?? '')) return -ARTICLE_END_COST;
  if (ctx.drops[i]) return -2;
  return ctx.core[i]!.endsLikeSentence ? -1 : -3;
}

/** What the title model sees: the kept lines and where the main text stands. */
function titleInput(ctx: Context, kept: number[], main: LineRange): TitleInput {
  const proseWords = ctx.lines.map((_, i) => wordsOfProse(ctx, i));
  return { texts: ctx.lines.map((l) => l.text), signals: ctx.signals, candidates: kept, main, proseWords };
}

/** The title: the headline among the kept lines above the main text; with no prose, the first headline. */
function findTitle(ctx: Context, kept: number[], main: LineRange): number {
  if (main.start > main.end) {
    const headlines = kept.filter((i) => isHeadlineShaped(ctx.core[i]!));
    return headlines[0] ?? kept.find((i) => ctx.core[i]!.words <= 40) ?? -1;
  }
  return pickTitle(titleInput(ctx, kept, main));
}

const isBlankAt = (lines: SourceLine[], i: number) => i < 0 || i >= lines.length || lines[i]!.text === '';

/** The kept lines the line model judges: everything but blank lines, the title and the reader comments. */
function modelLines(ctx: Context, title: number, comments: number): number[] {
  return ctx.lines.map((_, i) => i).filter((i) => ctx.lines[i]!.text !== '' && !ctx.drops[i] && i !== title && (comments < 0 || i < comments));
}

/** What the line model sees of an article. */
function lineModelInput(ctx: Context, title: number, main: LineRange): LineModelInput {
  return {
    texts: ctx.lines.map((l) => l.text),
    signals: ctx.unit,
    proseWords: ctx.lines.map((_, i) => wordsOfProse(ctx, i)),
    ruled: ctx.drops.map((d) => d !== undefined),
    endsArticle: ctx.drops.map((d) => ENDS_ARTICLE.has(d?.rule ?? '')),
    main,
    title,
  };
}

/** A full stop, question or exclamation mark at the end (a colon introduces the next line, as "Teilen Sie dies mit:" does). */
const ENDS_SENTENCE = /[.!?…]["“”»«’)]?$/u;

/** Kept lines a headline's companions (kicker, standfirst, byline, date, share buttons, credit) fill at most. */
const MAX_COMPANIONS = 8;

/** Whether line `i` of the main text has a paragraph of prose right before and right after it (blank lines between). */
function betweenParagraphs(ctx: Context, main: LineRange, i: number): boolean {
  if (i <= main.start || i >= main.end) return false;
  const neighbour = (step: number) => {
    let j = i + step;
    while (ctx.lines[j]?.text === '') j += step;
    return j >= 0 && j < ctx.lines.length && wordsOfProse(ctx, j) > 0;
  };
  return neighbour(-1) && neighbour(1);
}

/** Judges lines by their place and shape: reader comments, then the line model, then teasers after images. */
function judgeByPosition(ctx: Context, title: number, main: LineRange, comments: number): void {
  const kept = () => ctx.lines.map((_, i) => i).filter((i) => ctx.lines[i]!.text !== '' && !ctx.drops[i] && i !== title);
  const furniture = furnitureLines(lineModelInput(ctx, title, main), modelLines(ctx, title, comments));
  const textStart = kept().find((i) => i > title && wordsOfProse(ctx, i) > 0) ?? main.start;
  const companions = kept().filter((i) => i > title && i < textStart).length <= MAX_COMPANIONS;
  for (const i of kept()) {
    if (comments >= 0 && i >= comments) drop(ctx, i, 'reader-comments');
    // A one-word line is a button or a tab, unless it stands between two paragraphs of the text ("Fazit").
    else if (ctx.core[i]!.words <= 1 && !ctx.unit[i]!.endsLikeSentence && !betweenParagraphs(ctx, main, i)) drop(ctx, i, 'ui-fragment');
    // Above the headline is the page's header: a short line there that the model would keep could head the text
    // itself. Prose above it, and any sentence (a recipe's "Ein Backblech mit Backpapier auslegen."), is left to the
    // model: the headline may have been taken from the text's first subheading.
    else if (i < title && wordsOfProse(ctx, i) === 0 && !ENDS_SENTENCE.test(ctx.lines[i]!.text)) drop(ctx, i, 'page-furniture');
    // Between the headline and the text's first paragraph, a short unpunctuated line is a kicker, byline or date;
    // a longer run there (a recipe's ingredients, a list) is part of the text and left to the model.
    else if (i > title && i < textStart && companions && !ctx.unit[i]!.endsLikeSentence && ctx.unit[i]!.words < 12) drop(ctx, i, 'page-furniture');
    else if (furniture.has(i)) drop(ctx, i, i >= main.start && i <= main.end ? 'link-list' : 'page-furniture');
  }
  for (const i of kept()) {
    const glued = !isBlankAt(ctx.lines, i - 1) || !isBlankAt(ctx.lines, i + 1);
    let previous = i - 1;
    while (previous >= 0 && ctx.lines[previous]!.text === '') previous -= 1;
    const afterImage = previous >= 0 && IMAGE_RULES.has(ctx.drops[previous]?.rule ?? '');
    if (isHeadlineShaped(ctx.core[i]!) && glued && afterImage) drop(ctx, i, 'teaser-headline');
  }
}

/** What classifying needs besides the lines. */
export interface ClassifyOptions {
  rules: readonly CompiledRule[];
  overrides: CleaningOverrides;
  outletLines: OutletLines | undefined;
  language: string;
}

interface Analysis {
  ctx: Context;
  kept: number[];
  inline: InlineRemoval[][];
  main: LineRange;
  comments: number;
}

/** Explicit rules, then where the main text and the comments stand. */
function analyse(lines: SourceLine[], options: ClassifyOptions): Analysis {
  const language = options.language;
  const pinned = new Set(lines.filter((l) => l.text !== '' && contains(l.text, options.overrides.keep)).map((l) => l.index));
  const inline = lines.map((l) => (l.text === '' || pinned.has(l.index) ? [] : inlineRemovals(l.raw, options.rules, options.language)));
  const signals = lines.map((l) => lineSignals(l.text, language));
  const ctx: Context = {
    lines,
    signals,
    // Most lines lose nothing inline: their core is the line, and measuring it again cost a sixth of the cleaning time.
    core: lines.map((l, i) => {
      const core = coreText(l, inline[i]!);
      return core === l.text ? signals[i]! : lineSignals(core, language);
    }),
    unit: [],
    drops: lines.map(() => undefined),
    pinned,
    language: options.language,
  };
  for (const line of lines) {
    if (line.text === '' || ctx.pinned.has(line.index)) continue;
    const verdict = explicitDrop(line.text, ctx.signals[line.index]!, options.rules, options.overrides, language);
    if (typeof verdict === 'string') drop(ctx, line.index, verdict);
    else if (verdict) ctx.drops[line.index] = verdict;
  }
  for (const i of authorBioLines(lines.map((l) => l.text))) drop(ctx, i, 'author-box');
  const kept = lines.filter((l) => l.text !== '' && !ctx.drops[l.index]).map((l) => l.index);
  ctx.unit = [...ctx.core];
  judgeWrappedLinesTogether(ctx, kept, inline);
  const words = lines.map((_, i) => wordsOfProse(ctx, i));
  const comments = commentThreadStart(lines.map((l) => l.text), words);
  const values = lines.map((_, i) => (comments >= 0 && i >= comments ? 0 : lineValue(ctx, i, words[i]!)));
  return { ctx, kept, inline, main: densestRun(values), comments };
}

/** The title model's input for an article, for training the model (scripts/train-title-model.ts). */
export function titleInputOf(lines: SourceLine[], options: ClassifyOptions): TitleInput {
  const { ctx, kept, main } = analyse(lines, options);
  return titleInput(ctx, kept, main);
}

/** Explicit rules, main text, title, and the drops that follow from the title. */
function analyseWithTitle(lines: SourceLine[], options: ClassifyOptions): Analysis & { title: number } {
  const analysis = analyse(lines, options);
  const { ctx, kept, main } = analysis;
  const title = findTitle(ctx, kept, main);
  for (const i of kept) {
    if (i === title) continue;
    if (title >= 0 && lines[i]!.text === lines[title]!.text) drop(ctx, i, 'repeated-title');
    else if (options.outletLines && isOutletRepeat(options.outletLines, lines[i]!.text) && !isProse(ctx.unit[i]!)) drop(ctx, i, 'outlet-repeat');
  }
  return { ...analysis, title };
}

/** The line model's input and the lines it judges, for training the model (scripts/train-line-model.ts). */
export function lineModelInputOf(lines: SourceLine[], options: ClassifyOptions): { input: LineModelInput; lines: number[] } {
  const { ctx, main, comments, title } = analyseWithTitle(lines, options);
  return { input: lineModelInput(ctx, title, main), lines: modelLines(ctx, title, comments) };
}

/** Classifies every line of an article. */
export function classifyLines(lines: SourceLine[], options: ClassifyOptions): LineVerdicts {
  const { ctx, inline, main, comments, title } = analyseWithTitle(lines, options);
  judgeByPosition(ctx, title, main, comments);
  return { drops: ctx.drops, title, inline };
}
