/**
 * How many separate things two sentences share: their common content words,
 * with a run of words that stands side by side in both counted once. A
 * name ("Robert Koch-Institut") is one shared thing however many words it
 * has; two reports of one fact share several (who, what, where).
 */

/** The number of runs of shared stems: stems adjacent in `a` that are adjacent in `b` too form one run. */
export function sharedPhrases(a: readonly string[], b: readonly string[]): number {
  const inB = new Map<string, number[]>();
  b.forEach((stem, i) => {
    const list = inB.get(stem);
    if (list) list.push(i);
    else inB.set(stem, [i]);
  });
  const counted = new Set<string>();
  let runs = 0;
  let previous: readonly number[] | undefined;
  for (const stem of a) {
    const positions = inB.get(stem);
    if (!positions || counted.has(stem)) {
      previous = positions && counted.has(stem) ? positions : undefined;
      continue;
    }
    counted.add(stem);
    const continues = previous?.some((p) => positions.includes(p + 1)) ?? false;
    if (!continues) runs += 1;
    previous = positions;
  }
  return runs;
}
