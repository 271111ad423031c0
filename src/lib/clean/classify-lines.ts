/**
 * Decides, line by line, what is article and what is furniture. Explicit
 * rules come first (curator, then built-in); then the title is found; then
 * general signals (position, shape, repetition) judge what remains.
 */
import { IMAGE_RULES, LINE_RULES } from './builtin-rules.ts';
import type { CompiledRule } from './curator-rules.ts';
import { inlineRemovals, withoutInline, type InlineRemoval } from './inline-rules.ts';
import { isHeadlineShaped, isProse, lineSignals, scriptOf, type LineSignals } from './line-signals.ts';
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
  /** Signals of the line without its inline removals, for judging shape and position. */
  core: LineSignals[];
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

/** The title: the last headline-shaped line before the prose starts (earlier identical copies win). */
function findTitle(ctx: Context, kept: number[]): number {
  const firstProse = kept.find((i) => isProse(ctx.core[i]!));
  const before = kept.filter((i) => firstProse === undefined || i < firstProse);
  const headline = before.filter((i) => isHeadlineShaped(ctx.core[i]!) || (firstProse === undefined && ctx.core[i]!.words <= 40));
  const last = headline.at(-1);
  if (last === undefined) return -1;
  return before.find((i) => ctx.lines[i]!.text === ctx.lines[last]!.text) ?? last;
}

const isBlankAt = (lines: SourceLine[], i: number) => i < 0 || i >= lines.length || lines[i]!.text === '';

/** Judges lines by their place: before the title, between title and text, inside the text, after it. */
function judgeByPosition(ctx: Context, title: number): void {
  const kept = () => ctx.lines.map((_, i) => i).filter((i) => ctx.lines[i]!.text !== '' && !ctx.drops[i] && i !== title);
  const prose = kept().filter((i) => isProse(ctx.core[i]!));
  const bodyStart = prose[0] ?? Infinity;
  const bodyEnd = prose.at(-1) ?? -Infinity;
  for (const i of kept()) {
    const s = ctx.core[i]!;
    // Long, function-word-dense text is prose even without its full stop: never furniture.
    const runningText = s.words >= 20 && s.stopwordRatio >= 0.15;
    if (s.words <= 1 && !s.endsLikeSentence) drop(ctx, i, 'ui-fragment');
    else if (runningText) continue;
    else if (i < title) drop(ctx, i, 'page-furniture');
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
  options: { rules: readonly CompiledRule[]; overrides: CleaningOverrides; repeats: ReadonlySet<string>; language: string },
): LineVerdicts {
  const script = scriptOf(options.language);
  const pinned = new Set(lines.filter((l) => l.text !== '' && contains(l.text, options.overrides.keep)).map((l) => l.index));
  const inline = lines.map((l) => (l.text === '' || pinned.has(l.index) ? [] : inlineRemovals(l.raw, options.rules, options.language)));
  const ctx: Context = {
    lines,
    signals: lines.map((l) => lineSignals(l.text, script)),
    core: lines.map((l, i) => (inline[i]!.length ? lineSignals(withoutInline(l.raw, inline[i]!), script) : lineSignals(l.text, script))),
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
  const title = findTitle(ctx, kept);
  for (const i of kept) {
    if (i === title) continue;
    if (title >= 0 && lines[i]!.text === lines[title]!.text) drop(ctx, i, 'repeated-title');
    else if (options.repeats.has(lines[i]!.text) && !isProse(ctx.core[i]!)) drop(ctx, i, 'outlet-repeat');
  }
  judgeByPosition(ctx, title);
  return { drops: ctx.drops, title, inline };
}
