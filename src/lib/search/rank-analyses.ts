/**
 * The analyses a query finds, for their own group of results: those whose
 * words contain every word of the query (as the word, a form, a typo or a
 * compound matches it), the closer matches first, then the newest.
 */
import type { SearchAnalysis } from './index-format.ts';
import type { ResolvedWord } from './resolve-words.ts';

/** The matching analyses, best first. */
export function rankAnalyses(words: readonly ResolvedWord[], analyses: readonly SearchAnalysis[]): SearchAnalysis[] {
  if (words.length === 0) return [];
  const scored = analyses.flatMap((analysis) => {
    const terms = new Set(analysis.terms);
    let weight = 0;
    for (const { keys } of words) {
      // A compound's parts must all be there; the best key a word has in the analysis counts.
      const best = Math.max(0, ...keys.filter((k) => (k.parts ?? [k.key]).every((part) => terms.has(part))).map((k) => k.weight));
      if (best === 0) return [];
      weight += best;
    }
    return [{ analysis, weight }];
  });
  return scored.sort((a, b) => b.weight - a.weight || b.analysis.date.localeCompare(a.analysis.date)).map((s) => s.analysis);
}
