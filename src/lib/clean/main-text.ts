/**
 * Where the article text stands in a copied page: the densest run of prose.
 * Each line gets a value (its words when it is prose, a cost when it is a
 * short line of furniture) and the main text is the run of lines with the
 * largest sum, as in body-text extraction (Finn, Kushmerick and Smyth 2001).
 * A few captions or subheadings between paragraphs cost less than the prose
 * they join; a menu, a teaser list or a footer costs more than it joins.
 */

/** An inclusive range of line indices; `start > end` when there is none. */
export interface LineRange {
  start: number;
  end: number;
}

/** The run of lines with the largest sum of values (blank lines have value 0). */
export function densestRun(values: readonly number[]): LineRange {
  let best: LineRange = { start: 0, end: -1 };
  let bestSum = 0;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < values.length; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += values[i]!;
    if (sum > bestSum) {
      bestSum = sum;
      best = { start, end: i };
    }
  }
  // A run never starts or ends on a line that costs: trim to the first and last line that pays.
  while (best.start <= best.end && values[best.start]! <= 0) best.start += 1;
  while (best.end >= best.start && values[best.end]! <= 0) best.end -= 1;
  return best;
}
