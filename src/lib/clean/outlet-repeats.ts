/**
 * Lines that recur across articles of one outlet are the outlet's furniture:
 * menus, slogans, footers. Counting them needs no knowledge of the outlet.
 * The counts are made once per outlet, not once per article, so that a
 * dossier of thousands of articles of one outlet stays linear.
 */
import { normalizeSpace } from './normalize-space.ts';

/** How many articles of one outlet contain each normalised line. */
export interface OutletLines {
  /** Number of articles counted. */
  articles: number;
  counts: ReadonlyMap<string, number>;
}

/** Counts the lines of all raw texts of one outlet (each line once per article). */
export function countOutletLines(texts: readonly string[]): OutletLines {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const line of new Set(text.split('\n').map(normalizeSpace).filter(Boolean))) counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  return { articles: texts.length, counts };
}

/**
 * Whether a line of an article (itself one of the counted articles) recurs
 * in enough of the others: in one of them when there are at most two
 * others, else in at least two.
 */
export function isOutletRepeat(lines: OutletLines, line: string): boolean {
  const others = (lines.counts.get(line) ?? 0) - 1;
  return others >= (lines.articles - 1 <= 2 ? 1 : 2);
}

/** What {@link outletLinesDigestInput} returns; shared between its callers, so not to be changed. */
export type OutletLinesDigestInput = {
  readonly small: boolean;
  readonly shared: readonly string[];
};

const digestInputs = new WeakMap<OutletLines, OutletLinesDigestInput>();

/**
 * What of the counts can change a cleaning result: the lines shared by two
 * or more articles, and whether the outlet is small. Part of content
 * digests, so that an article is cleaned again when its outlet's furniture
 * changes, and not when an unrelated article of the outlet is added.
 *
 * Computed once per counting: callers ask per article, and every article of
 * an outlet has the same counts, whose every line (thousands in a large
 * outlet) would otherwise be scanned again each time.
 */
export function outletLinesDigestInput(lines: OutletLines): OutletLinesDigestInput {
  let input = digestInputs.get(lines);
  if (!input) {
    const shared = [...lines.counts].filter(([, n]) => n >= 2).map(([line, n]) => `${n}\u0000${line}`).sort();
    input = Object.freeze({ small: lines.articles <= 3, shared: Object.freeze(shared) });
    digestInputs.set(lines, input);
  }
  return input;
}
