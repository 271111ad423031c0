/**
 * Reads `content/analyses/*.md`. A dossier without the folder has no
 * analyses: that is no problem, most dossiers start without them.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DossierProblem } from '../content/types.ts';
import { ANALYSES_DIR, parseAnalysisFile, type AnalysisSource } from './analysis-frontmatter.ts';

/** The analyses of the project at `root`, sorted by slug, and the problems of the files that could not be read. */
export async function readAnalyses(root: string): Promise<{ analyses: AnalysisSource[]; problems: DossierProblem[] }> {
  let names: string[];
  try {
    names = await readdir(join(root, ANALYSES_DIR));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { analyses: [], problems: [] };
    throw error;
  }
  const analyses: AnalysisSource[] = [];
  const problems: DossierProblem[] = [];
  for (const name of names.filter((n) => n.endsWith('.md')).sort()) {
    const file = `${ANALYSES_DIR}/${name}`;
    const parsed = parseAnalysisFile(file, await readFile(join(root, file), 'utf8'));
    if (parsed.analysis) analyses.push(parsed.analysis);
    problems.push(...parsed.problems);
  }
  return { analyses, problems };
}
