/** A line of a text that nearly contains a wanted passage. */
export interface CloseLine {
  /** 0-based index into the lines given. */
  index: number;
  /** Edits (insert, delete, replace one character) that turn the passage into part of the line. */
  distance: number;
}

/** Longest passage compared in full: a correction is a line or part of one, and the cost grows with its length. */
const MAX_NEEDLE = 200;

/**
 * The line that contains the closest approximation of `needle`, ignoring
 * case: where the curator probably copied a correction from, with a typo or
 * a changed space. Undefined when no line comes within about a third of the
 * passage's length (at least 3 edits), since a suggestion further off only
 * misleads.
 */
export function closestLine(needle: string, lines: readonly string[]): CloseLine | undefined {
  const wanted = needle.trim().toLowerCase().slice(0, MAX_NEEDLE);
  if (wanted === '') return undefined;
  const budget = Math.max(3, Math.floor(wanted.length / 3));
  let best: CloseLine | undefined;
  lines.forEach((line, index) => {
    const distance = substringDistance(wanted, line.toLowerCase());
    if (distance <= budget && (!best || distance < best.distance)) best = { index, distance };
  });
  return best;
}

/**
 * Edit distance from `needle` to the most similar substring of `haystack`
 * (Sellers' algorithm: the alignment may start and end anywhere in the
 * haystack at no cost), in one row of memory per step.
 */
function substringDistance(needle: string, haystack: string): number {
  // column[i]: distance of needle[0..i) to the best substring ending at the current haystack position.
  let column = Array.from({ length: needle.length + 1 }, (_, i) => i);
  let best = column[needle.length]!;
  for (let j = 0; j < haystack.length; j++) {
    const char = haystack[j];
    const next = [0];
    for (let i = 1; i <= needle.length; i++) {
      const cost = needle[i - 1] === char ? 0 : 1;
      next.push(Math.min(column[i]! + 1, next[i - 1]! + 1, column[i - 1]! + cost));
    }
    column = next;
    best = Math.min(best, column[needle.length]!);
  }
  return best;
}
