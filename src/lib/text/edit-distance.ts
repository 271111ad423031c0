/**
 * Edit distance with a bound, which decides and ranks fuzzy matches: two
 * words a reader would call one typo apart are within one edit, a swap of
 * neighbours included. (fuse.js, which scored them before, scores a pattern
 * against the best-matching part of a word, so `load` was one error from
 * `lloyd`.)
 */

/**
 * Whether `a` and `b` are at most `max` edits apart (insertions, deletions,
 * substitutions and swaps of adjacent letters: optimal string alignment).
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  return editsBetween(a, b, max) <= max;
}

/** The number of edits between `a` and `b` (as {@link withinEdits} counts them), or `max + 1` when there are more than `max`. */
export function editsBetween(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length]!, max + 1);
}
