/**
 * Where a result's text shows what was searched for: the spans of its words
 * whose index term matched, and of every quoted phrase. Computed on the
 * text itself with the index's normalisation, so `Naryschkins` is marked
 * for `Naryshkin` and `Gesprächen` for `gespraech`.
 */
import { stem, tokenize } from './normalize.ts';

/** A span of a text to mark: [start, end) in UTF-16 code units. */
export type Mark = [start: number, end: number];

/** The spans of `text` to mark for the matched `terms` and the folded `phrases`, sorted and merged. */
export function highlight(text: string, terms: ReadonlySet<string>, phrases: readonly (readonly string[])[] = []): Mark[] {
  const tokens = tokenize(text);
  const marks: Mark[] = [];
  tokens.forEach((token, i) => {
    if (terms.has(stem(token.folded))) marks.push([token.start, token.end]);
    for (const phrase of phrases) {
      if (phrase.length > 0 && phrase.every((word, j) => tokens[i + j]?.folded === word)) {
        marks.push([token.start, tokens[i + phrase.length - 1]!.end]);
      }
    }
  });
  return merge(marks);
}

function merge(marks: Mark[]): Mark[] {
  marks.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Mark[] = [];
  for (const [start, end] of marks) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
