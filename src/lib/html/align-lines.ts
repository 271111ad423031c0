/**
 * Finds which lines of a page reappear, in order, in a text made from part
 * of it (Readability's article). A line may occur several times in that
 * text ("Teilen", a name, a headline repeated in a teaser), so a first-match
 * scan goes astray; instead the chain of occurrences that keeps the page's
 * order and covers the most characters is chosen (a weighted longest
 * increasing subsequence, O(n log n) with a Fenwick tree of best chains).
 */

/** At most this many occurrences of one line are considered: more make it noise, not evidence. */
const MAX_OCCURRENCES = 8;

interface Occurrence {
  line: number;
  start: number;
  end: number;
}

/**
 * For each needle (in page order), whether it is part of the best ordered,
 * non-overlapping chain of occurrences in `text`. Empty needles never match.
 */
export function alignLines(needles: readonly string[], text: string): boolean[] {
  const occurrences: Occurrence[] = [];
  needles.forEach((needle, line) => {
    if (needle === '') return;
    let found = 0;
    for (let at = text.indexOf(needle); at !== -1 && found < MAX_OCCURRENCES; at = text.indexOf(needle, at + 1)) {
      occurrences.push({ line, start: at, end: at + needle.length });
      found += 1;
    }
  });
  // A chain may continue after an occurrence when the next one starts at or after its end.
  const ends = [...new Set(occurrences.map((o) => o.end))].sort((a, b) => a - b);
  const tree = new BestChains(ends.length);
  const best = occurrences.map(() => 0);
  const previous = occurrences.map(() => -1);
  let i = 0;
  while (i < occurrences.length) {
    // All occurrences of one line are scored first and inserted after, so no line follows itself.
    let j = i;
    while (j < occurrences.length && occurrences[j]!.line === occurrences[i]!.line) j++;
    for (let k = i; k < j; k++) {
      const o = occurrences[k]!;
      const [score, from] = tree.bestUpTo(upperBound(ends, o.start));
      best[k] = score + (o.end - o.start);
      previous[k] = from;
    }
    for (let k = i; k < j; k++) tree.offer(lowerBound(ends, occurrences[k]!.end), best[k]!, k);
    i = j;
  }
  const matched = needles.map(() => false);
  let at = best.reduce((top, score, k) => (score > (best[top] ?? -1) ? k : top), -1);
  while (at !== -1) {
    matched[occurrences[at]!.line] = true;
    at = previous[at]!;
  }
  return matched;
}

/** Prefix maxima of chain scores over positions, remembering which occurrence ends the best chain. */
class BestChains {
  private readonly score: number[];
  private readonly from: number[];
  constructor(size: number) {
    this.score = new Array<number>(size + 1).fill(0);
    this.from = new Array<number>(size + 1).fill(-1);
  }
  /** Records a chain of `score` ending at position index `index` (0-based), ending in occurrence `occurrence`. */
  offer(index: number, score: number, occurrence: number): void {
    for (let i = index + 1; i < this.score.length; i += i & -i) {
      if (score > this.score[i]!) {
        this.score[i] = score;
        this.from[i] = occurrence;
      }
    }
  }
  /** The best chain among the first `count` positions: [score, last occurrence or -1]. */
  bestUpTo(count: number): [number, number] {
    let score = 0;
    let from = -1;
    for (let i = count; i > 0; i -= i & -i) {
      if (this.score[i]! > score) {
        score = this.score[i]!;
        from = this.from[i]!;
      }
    }
    return [score, from];
  }
}

/** Number of sorted values `<= value`. */
function upperBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first sorted value `>= value`. */
function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
