import { LineCounter, parseDocument } from 'yaml';
import { sourceLines } from '../clean/source-lines.ts';
import type { CleaningOverrides } from '../clean/types.ts';
import { closestLine } from '../text/closest-line.ts';
import type { DossierProblem } from './types.ts';

/** What {@link unmatchedCorrections} needs about one article. */
export interface CorrectedArticle {
  file: string;
  metaFile: string;
  /** The decoded raw text the corrections apply to. */
  source: string;
  cleaning: CleaningOverrides;
}

const QUOTE_CHARS = 90;

/**
 * A warning for every `cleaning.keep` / `cleaning.drop` entry that matches
 * no line of the article, which the cleaner would ignore silently: usually
 * a typo or a line copied with different spaces or quotes. Matching is the
 * cleaner's (an entry, trimmed, is part of a whitespace-normalised line).
 * The warning names the entry's line in the sidecar (`sidecarText`, the
 * file as written) and the closest line of the text.
 */
export function unmatchedCorrections(article: CorrectedArticle, sidecarText: string): DossierProblem[] {
  const lines = sourceLines(article.source).map((l) => l.text);
  const located = locator(sidecarText);
  const problems: DossierProblem[] = [];
  for (const list of ['keep', 'drop'] as const) {
    article.cleaning[list].forEach((entry, i) => {
      const wanted = entry.trim();
      if (wanted === '' || lines.some((line) => line.includes(wanted))) return;
      const at = located(['cleaning', list, i]);
      const close = closestLine(wanted, lines);
      problems.push({
        file: article.metaFile,
        severity: 'warning',
        code: 'unmatched-correction',
        message: `${at ? `Line ${at}: ` : ''}the \`cleaning.${list}\` entry ${quote(wanted)} matches no line of ${article.file}, so it changes nothing.`,
        fix: close
          ? `The closest line of the text is line ${close.index + 1}: ${quote(lines[close.index]!)}. Copy the words exactly as the text has them, or remove the entry.`
          : `No line of the text is close to it: copy the line (or part of it) exactly from ${article.file}, or remove the entry.`,
      });
    });
  }
  return problems;
}

/** Finds the 1-based line of a node of the YAML text; undefined if the text does not parse to it. */
function locator(text: string): (path: (string | number)[]) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  return (path) => {
    const node = doc.getIn(path, true);
    const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number] | undefined) : undefined;
    return range ? counter.linePos(range[0]).line : undefined;
  };
}

const quote = (text: string) => `„${text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text}“`;
