/**
 * Decides, line by line, what is article and what is furniture. Explicit
 * rules come first (curator, then built-in); then the title is found; then
 * general signals (position, shape, repetition) judge what remains.
 */
import { IMAGE_RULES, LINE_RULES } from './builtin-rules.ts';
import type { CompiledRule } from './curator-rules.ts';
import { inlineRemovals, withoutInline, type InlineRemoval } from './inline-rules.ts';
import { isHeadlineShaped, isProse, lineSignals, type LineSignals } from './line-signals.ts';
import { isOutletRepeat, type OutletLines } from './outlet-repeats.ts';
import { reasonFor, type BuiltinRuleId } from './rule-reasons.ts';
import type { SourceLine } from './source-lines.ts';
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

function explicitDrop(text: string, s: LineSignals, rules: readonly CompiledRule[], overrides: CleaningOverrides): Drop | BuiltinRuleId | undefined {
  if (contains(text, overrides.drop)) return 'curator-drop';
  const curator = rules.find((r) => r.scope === 'line' && r.regex.test(text));
  if (curator) return { rule: curator.id, reason: curator.reason };
  const builtin = LINE_RULES.find((r) => r.test(text, s));
  if (builtin) return builtin.id;
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

/** The title: the last headline-shaped line before the prose starts. */
function findTitle(ctx: Context, kept: number[]): number {
  const firstProse = kept.find((i) => isProse(ctx.unit[i]!));
  const before = kept.filter((i) => firstProse === undefined || i < firstProse);
  const headlines = before.filter((i) => isHeadlineShaped(ctx.core[i]!));
  // Above prose, the last headline is the title and what precedes it is page header;
  // with no prose at all there is no header to skip.
  // Copies of the title elsewhere are dropped as repetitions.
  return (firstProse === undefined ? (headlines[0] ?? before.find((i) => ctx.core[i]!.words <= 40)) : headlines.at(-1)) ?? -1;
}

const isBlankAt = (lines: SourceLine[], i: number) => i < 0 || i >= lines.length || lines[i]!.text === '';

/** Judges lines by their place: before the title, between title and text, inside the text, after it. */
function judgeByPosition(ctx: Context, title: number): void {
  const kept = () => ctx.lines.map((_, i) => i).filter((i) => ctx.lines[i]!.text !== '' && !ctx.drops[i] && i !== title);
  const prose = kept().filter((i) => isProse(ctx.unit[i]!));
  const bodyStart = prose[0] ?? Infinity;
  const bodyEnd = prose.at(-1) ?? -Infinity;
  for (const i of kept()) {
    const s = ctx.unit[i]!;
    // Long, function-word-dense text is prose even without its full stop: never furniture.
    const runningText = s.words >= 20 && s.stopwordRatio >= 0.15;
    if (ctx.core[i]!.words <= 1 && !s.endsLikeSentence) drop(ctx, i, 'ui-fragment');
    else if (i < title) drop(ctx, i, 'page-furniture');
    else if (runningText) continue;
    else if (i < bodyStart && !s.endsLikeSentence) drop(ctx, i, 'page-furniture');
    else if (i > bodyEnd && (!s.endsLikeSentence || s.words < 3)) drop(ctx, i, 'page-furniture');
  }
  for (const i of kept()) {
    const glued = !isBlankAt(ctx.lines, i - 1) || !isBlankAt(ctx.lines, i + 1);
    let previous = i - 1;
    while (previous >= 0 && ctx.lines[previous]!.text === '') previous -= 1;
    const afterImage = previous >= 0 && IMAGE_RULES.has(ctx.drops[previous]?.rule ?? '');
    if (isHeadlineShaped(ctx.core[i]!) && glued && afterImage) drop(ctx, i, 'teaser-headline');
  }
}

/** Classifies every line of an article. */
export function classifyLines(
  lines: SourceLine[],
  options: { rules: readonly CompiledRule[]; overrides: CleaningOverrides; outletLines: OutletLines | undefined; language: string },
): LineVerdicts {
  const language = options.language;
  const pinned = new Set(lines.filter((l) => l.text !== '' && contains(l.text, options.overrides.keep)).map((l) => l.index));
  const inline = lines.map((l) => (l.text === '' || pinned.has(l.index) ? [] : inlineRemovals(l.raw, options.rules, options.language)));
  const ctx: Context = {
    lines,
    signals: lines.map((l) => lineSignals(l.text, language)),
    core: lines.map((l, i) => lineSignals(coreText(l, inline[i]!), language)),
    unit: [],
    drops: lines.map(() => undefined),
    pinned,
    language: options.language,
  };
  for (const line of lines) {
    if (line.text === '' || ctx.pinned.has(line.index)) continue;
    const verdict = explicitDrop(line.text, ctx.signals[line.index]!, options.rules, options.overrides);
    if (typeof verdict === 'string') drop(ctx, line.index, verdict);
    else if (verdict) ctx.drops[line.index] = verdict;
  }
  const kept = lines.filter((l) => l.text !== '' && !ctx.drops[l.index]).map((l) => l.index);
  ctx.unit = [...ctx.core];
  judgeWrappedLinesTogether(ctx, kept, inline);
  const title = findTitle(ctx, kept);
  for (const i of kept) {
    if (i === title) continue;
    if (title >= 0 && lines[i]!.text === lines[title]!.text) drop(ctx, i, 'repeated-title');
    else if (options.outletLines && isOutletRepeat(options.outletLines, lines[i]!.text) && !isProse(ctx.unit[i]!)) drop(ctx, i, 'outlet-repeat');
  }
  judgeByPosition(ctx, title);
  return { drops: ctx.drops, title, inline };
}
