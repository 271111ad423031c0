/**
 * The cleaner: raw article text in; title, reading blocks and every removed
 * span (with its rule and reason) out. Nothing is rewritten: the kept text is
 * the source minus the removals, with whitespace normalised.
 */
import { classifyLines } from './classify-lines.ts';
import { compileRules } from './curator-rules.ts';
import type { InlineRemoval } from './inline-rules.ts';
import { endsLikeSentence, isHeadlineShaped, lineSignals, type LineSignals } from './line-signals.ts';
import { normalizeSpace, visibleRange } from './normalize-space.ts';
import { sourceLines, trimmedSpan, type SourceLine } from './source-lines.ts';
import type { Block, CleanedArticle, CleanOptions, Removal, Span } from './types.ts';

interface Piece extends Span {
  line: number;
}

/** Cuts the inline removals out of one kept line; returns the kept pieces. */
function cutInline(line: SourceLine, inline: readonly InlineRemoval[], removed: Removal[]): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const m of inline) {
    const visible = visibleRange(line.raw.slice(m.start, m.end));
    const start = line.start + m.start + visible.start;
    const end = line.start + m.start + visible.end;
    if (end > start) removed.push({ start, end, text: line.raw.slice(start - line.start, end - line.start), rule: m.id, reason: m.reason });
    pieces.push({ start: line.start + cursor, end: line.start + m.start, line: line.index });
    cursor = m.end;
  }
  pieces.push({ start: line.start + cursor, end: line.end, line: line.index });
  return pieces.filter((p) => normalizeSpace(line.raw.slice(p.start - line.start, p.end - line.start)) !== '');
}

/** Narrows a span to its first and last visible character. */
function trimSpan(source: string, span: Span): Span {
  const visible = visibleRange(source.slice(span.start, span.end));
  return { start: span.start + visible.start, end: span.start + visible.end };
}

/** Groups kept pieces into paragraphs and subheadings. */
function buildBlocks(source: string, pieces: Piece[][], language: string): Block[] {
  const units: { span: Span; text: string; lines: number; lastLine: number }[] = [];
  for (const linePieces of pieces) {
    const first = linePieces[0];
    const last = linePieces.at(-1);
    if (!first || !last) continue;
    const span = trimSpan(source, { start: first.start, end: last.end });
    const text = normalizeSpace(linePieces.map((p) => source.slice(p.start, p.end)).join(' '));
    const open = units.at(-1);
    // Hard-wrapped text: a line that continues a sentence the previous line left open.
    // Only its end is looked at: measuring the whole growing paragraph again for each line was quadratic in hard-wrapped text.
    if (open && first.line === open.lastLine + 1 && !endsLikeSentence(open.text) && /^\p{Ll}/u.test(text)) {
      open.span.end = span.end;
      open.text = `${open.text} ${text}`;
      open.lines += 1;
    } else {
      units.push({ span, text, lines: linePieces.length, lastLine: first.line });
    }
    units.at(-1)!.lastLine = last.line;
  }
  return units.map(({ span, text, lines }) => {
    // Furniture around the text is gone by now, so a short unpunctuated line here stands between paragraphs.
    // A unit ending like a sentence is never one (prose ends like a sentence; a heading does not): only the rest are measured.
    const heading = lines === 1 && !endsLikeSentence(text) && isHeading(lineSignals(text, language));
    return { kind: heading ? 'heading' : 'paragraph', text, ...span };
  });
}

const isHeading = (s: LineSignals) => isHeadlineShaped(s) && s.words <= 15;

/** Cleans one article. Never throws on odd text; an article of pure boilerplate yields no blocks and an empty title. */
export function cleanArticle(source: string, options: CleanOptions = {}): CleanedArticle {
  const language = options.language ?? 'de';
  const lines = sourceLines(source);
  const rules = compileRules(options.rules ?? [], options.outlet);
  const verdicts = classifyLines(lines, {
    rules,
    overrides: options.overrides ?? { keep: [], drop: [] },
    outletLines: options.outletLines,
    language,
  });
  const removed: Removal[] = [];
  const pieces: Piece[][] = [];
  for (const line of lines) {
    if (line.text === '' || line.index === verdicts.title) continue;
    const verdict = verdicts.drops[line.index];
    if (verdict) {
      const span = trimmedSpan(line);
      removed.push({ ...span, text: source.slice(span.start, span.end), rule: verdict.rule, reason: verdict.reason });
    } else {
      pieces.push(cutInline(line, verdicts.inline[line.index] ?? [], removed));
    }
  }
  const titleLine = lines[verdicts.title];
  const titleSpan = titleLine ? trimmedSpan(titleLine) : { start: 0, end: 0 };
  removed.sort((a, b) => a.start - b.start);
  return {
    title: titleLine?.text ?? '',
    titleSpan,
    blocks: buildBlocks(source, pieces.filter((p) => p.length > 0), language),
    removed,
  };
}
