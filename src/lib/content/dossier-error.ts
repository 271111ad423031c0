import type { DossierProblem } from './types.ts';

/** One problem as the curator reads it: severity, file, message, and the fix on its own line. */
export function formatProblem(problem: DossierProblem): string {
  return `${problem.severity.padEnd(7)}  ${problem.file}: ${problem.message}\n    fix: ${problem.fix}`;
}

/** Every error-severity problem of a dossier, as one error: the build must stop on any of them. */
export class DossierError extends Error {
  readonly problems: readonly DossierProblem[];

  constructor(problems: readonly DossierProblem[]) {
    const errors = problems.filter((p) => p.severity === 'error');
    super(
      `The dossier has ${errors.length} error${errors.length === 1 ? '' : 's'} in content/ ` +
        `(run \`npx dossier check\` to see them again):\n\n${errors.map(formatProblem).join('\n\n')}`,
    );
    this.name = 'DossierError';
    this.problems = problems;
    // The curator's mistake, fully told by the message: a stack would point into
    // Dossier's code and read as a crash (Astro prints a stack and the place it
    // was thrown, deduced from the stack, whenever there is one).
    this.stack = '';
  }
}

/** Throws a {@link DossierError} listing every error-severity problem; warnings pass. */
export function assertNoErrors(problems: readonly DossierProblem[]): void {
  if (problems.some((p) => p.severity === 'error')) throw new DossierError(problems);
}
