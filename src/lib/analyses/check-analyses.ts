/**
 * Every analysis checked against this build: its form (scan-analysis.ts),
 * its citations (resolve-citations.ts) and the cycles between analyses.
 * `dossier check` prints the problems; the build fails on the errors with
 * the same messages.
 */
import type { DossierProblem } from '../content/types.ts';
import type { AnalysisSource } from './analysis-frontmatter.ts';
import { analysisCycles } from './analysis-cycles.ts';
import { resolveCitations, type CitationIndex, type ResolvedCitations } from './resolve-citations.ts';
import { scanAnalysis, type ScannedAnalysis } from './scan-analysis.ts';

/** An analysis with its Markdown scanned and its citations resolved. */
export interface CheckedAnalysis {
  source: AnalysisSource;
  scanned: ScannedAnalysis;
  resolved: ResolvedCitations;
}

/** Checks `sources` against `index` (whose analysis titles are the sources' own). */
export function checkAnalyses(sources: readonly AnalysisSource[], index: Omit<CitationIndex, 'analysisTitles'>): { analyses: CheckedAnalysis[]; problems: DossierProblem[] } {
  const full: CitationIndex = { ...index, analysisTitles: new Map(sources.map((s) => [s.slug, s.frontmatter.title])) };
  const analyses = sources.map((source) => {
    const scanned = scanAnalysis(source.file, source.body, source.bodyLine);
    return { source, scanned, resolved: resolveCitations(source.file, scanned.citations, full) };
  });
  const links = analyses.flatMap(({ source, scanned }) =>
    scanned.citations.flatMap((c) => (c.target.kind === 'analysis' ? [{ from: source.slug, to: c.target.slug, file: source.file, line: c.line }] : [])),
  );
  const problems = [...analyses.flatMap((a) => [...a.scanned.problems, ...a.resolved.problems]), ...analysisCycles(links)];
  return { analyses, problems };
}
