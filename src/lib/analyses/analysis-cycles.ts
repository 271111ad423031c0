/**
 * Citation cycles between analyses: a cites b, b cites a. Each would send a
 * reader who follows the citations in a circle, and says that neither
 * analysis rests on the evidence; `check` reports every cycle once.
 */
import type { DossierProblem } from '../content/types.ts';

/** A citation of one analysis by another, where it is written. */
export interface AnalysisLink {
  from: string;
  to: string;
  file: string;
  line: number;
}

/** One error per cycle, at the citation that closes it in the alphabetically first analysis on it. */
export function analysisCycles(links: readonly AnalysisLink[]): DossierProblem[] {
  const out = new Map<string, AnalysisLink[]>();
  for (const link of links) out.set(link.from, [...(out.get(link.from) ?? []), link]);
  const problems: DossierProblem[] = [];
  const seen = new Set<string>();
  for (const start of [...out.keys()].sort()) {
    // Depth-first from each analysis, looking only for paths back to it through later-sorted ones: each cycle is found from its first member alone.
    const stack: { slug: string; path: AnalysisLink[] }[] = [{ slug: start, path: [] }];
    while (stack.length > 0) {
      const { slug, path } = stack.pop()!;
      for (const link of out.get(slug) ?? []) {
        if (link.to === start) {
          const cycle = [...path, link];
          const key = cycle.map((l) => l.from).join('>');
          if (seen.has(key)) continue;
          seen.add(key);
          const first = cycle[0]!;
          problems.push({
            file: first.file,
            severity: 'error',
            code: 'citation-cycle',
            message: `Line ${first.line}: the analyses cite each other in a circle: ${[...cycle.map((l) => l.from), start].join(' → ')}.`,
            fix: `Remove one of these citations, e.g. [[analysis:${first.to}]] here; an analysis should rest on claims, not on an analysis that rests on it.`,
          });
        } else if (link.to > start && !path.some((l) => l.from === link.to)) {
          stack.push({ slug: link.to, path: [...path, link] });
        }
      }
    }
  }
  return problems;
}
