/**
 * Problems as the build log shows them: every error in full (each one stops
 * the build, so each needs reading), but only the first warnings in full;
 * thousands of warnings of one kind would bury everything else, so the rest
 * are counted per kind and `dossier check` lists them all.
 */
import { formatProblem } from './dossier-error.ts';
import { count } from './progress.ts';
import type { DossierProblem } from './types.ts';

/** How many warnings the build log shows in full. */
export const WARNINGS_IN_FULL = 20;

/**
 * The log entries for `problems`, in their order: errors and the first
 * `limit` warnings formatted in full, then one entry per kind (`code`) of the
 * warnings left out, most frequent first, with one file as an example, and
 * where to see them all.
 */
export function summarizeProblems(problems: readonly DossierProblem[], limit = WARNINGS_IN_FULL): string[] {
  const lines: string[] = [];
  const rest = new Map<string, DossierProblem[]>();
  let shown = 0;
  for (const problem of problems) {
    if (problem.severity === 'error' || shown < limit) {
      lines.push(formatProblem(problem));
      if (problem.severity === 'warning') shown++;
      continue;
    }
    const same = rest.get(problem.code);
    if (same) same.push(problem);
    else rest.set(problem.code, [problem]);
  }
  if (rest.size === 0) return lines;
  const kinds = [...rest.entries()].sort(([a, x], [b, y]) => y.length - x.length || a.localeCompare(b));
  for (const [code, list] of kinds) {
    lines.push(`…and ${count(list.length)} more \`${code}\` warning${list.length === 1 ? '' : 's'}, e.g. ${list[0]!.file}`);
  }
  lines.push('run `npx dossier check` to list all');
  return lines;
}
