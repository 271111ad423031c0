/**
 * The cleaner: raw article text in; title, reading blocks and every removed
 * span (with its rule and reason) out. Nothing is rewritten: the kept text is
 * the source minus the removals, with whitespace normalised.
 */
import { classifyLines } from './classify-lines.ts';
import { compileRules } from './curator-rules.ts';
import type { InlineRemoval } from './inline-rules.ts';
import { isHeadlineShaped, isProse, lineSignals } from './line-signals.ts';
import { normalizeSpace } from './normalize-space.ts';
import { outletRepeats } from './outlet-repeats.ts';
import { sourceLines, trimmedSpan, type SourceLine } from './source-lines.ts';
import type { Block, CleanedArticle, CleanOptions, Removal, Span } from './types.ts';

/** Bumped whenever a change to the cleaner can change its output (part of content digests). */
export const CLEANER_VERSION = 1;

interface Piece extends Span {
  line: number;
}

/** Cuts the inline removals out of one kept line; returns the kept pieces. */
function cutInline(line: SourceLine, inline: readonly InlineRemoval[], removed: Removal[]): Piece[] {
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const m of inline) {
    const text = line.raw.slice(m.start, m.end);
    const start = line.start + m.start + (text.length - text.trimStart().length);
    const end = line.start + m.start + text.trimEnd().length;
    if (end > start) removed.push({ start, end, text: text.trim(), rule: m.id, reason: m.reason });
    pieces.push({ start: line.start + cursor, end: line.start + m.start, line: line.index });
    cursor = m.end;
  }
  pieces.push({ start: line.start + cursor, end: line.end, line: line.index });
  return pieces.filter((p) => normalizeSpace(line.raw.slice(p.start - line.start, p.end - line.start)) !== '');
}

/** Narrows a span to its first and last visible character. */
function trimSpan(source: string, span: Span): Span {
  const text = source.slice(span.start, span.end);
  const start = span.start + (text.length - text.trimStart().length);
  return { start, end: Math.max(start, span.end - (text.length - text.trimEnd().length)) };
}

const sentenceEnd = (text: string) => lineSignals(text).endsLikeSentence;

/** Groups kept pieces into paragraphs and subheadings. */
function buildBlocks(source: string, lines: SourceLine[], pieces: Piece[][]): Block[] {
  const blocks: Block[] = [];
  let previousLine = -2;
  for (const linePieces of pieces) {
    const first = linePieces[0];
    const last = linePieces.at(-1);
    if (!first || !last) continue;
    const span = trimSpan(source, { start: first.start, end: last.end });
    const text = normalizeSpace(linePieces.map((p) => source.slice(p.start, p.end)).join(' '));
    const adjacent = first.line === previousLine + 1;
    const open = blocks.at(-1);
    // Hard-wrapped text: a line that continues a sentence the previous one left open.
    if (open && adjacent && open.kind === 'paragraph' && !sentenceEnd(open.text) && /^\p{Ll}/u.test(text)) {
      open.end = span.end;
      open.text = `${open.text} ${text}`;
    } else {
      const s = lineSignals(text);
      const blankAround = (lines[first.line - 1]?.text ?? '') === '' && (lines[first.line + 1]?.text ?? '') === '';
      const heading = isHeadlineShaped(s) && s.words <= 15 && blankAround && linePieces.length === 1 && !isProse(s);
      blocks.push({ kind: heading ? 'heading' : 'paragraph', text, ...span });
    }
    previousLine = last.line;
  }
  return blocks;
}

/** Cleans one article. Never throws on odd text; an article of pure boilerplate yields no blocks and an empty title. */
export function cleanArticle(source: string, options: CleanOptions = {}): CleanedArticle {
  const language = options.language ?? 'de';
  const lines = sourceLines(source);
  const rules = compileRules(options.rules ?? [], options.outlet);
  const verdicts = classifyLines(lines, {
    rules,
    overrides: options.overrides ?? { keep: [], drop: [] },
    repeats: outletRepeats(options.siblings ?? []),
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
    blocks: buildBlocks(source, lines, pieces.filter((p) => p.length > 0)),
    removed,
  };
}
