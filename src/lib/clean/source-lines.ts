/** Splits a decoded source into lines that remember where they stand. */
import { normalizeSpace, visibleRange } from './normalize-space.ts';

/** One line of the source. */
export interface SourceLine {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character of the line in the source. */
  start: number;
  /** Offset just past the last character (before `\n`). */
  end: number;
  /** The line as written. */
  raw: string;
  /** Whitespace-normalised text; empty for blank lines. */
  text: string;
}

/** Returns every line of `source`, blank ones included, with its offsets. */
export function sourceLines(source: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const raw = source.slice(start, end);
    lines.push({ index, start, end, raw, text: normalizeSpace(raw) });
    if (newline === -1) break;
    start = newline + 1;
    index += 1;
  }
  return lines;
}

/**
 * The span of the line's visible text: `raw` without leading and trailing
 * whitespace, so that removals and blocks never claim the spaces around them.
 */
export function trimmedSpan(line: SourceLine): { start: number; end: number } {
  const { start, end } = visibleRange(line.raw);
  return { start: line.start + start, end: line.start + end };
}
