import { DossierError, formatProblem } from '../lib/content/dossier-error.ts';
import { loadDossier } from '../lib/content/load-dossier.ts';
import type { DossierProblem } from '../lib/content/types.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';
import { plural } from './plural.ts';

/** `dossier check`: everything the build would complain about, without building. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate content/ and list every problem with its fix (changes nothing).',
  help: `Usage: npx dossier check

Reads content/dossier.yaml, content/boilerplate.yaml and every article in
content/articles/ with its .meta.yaml sidecar, cleans the articles as the
build does, and prints every problem found, each with the file and a fix.
Never modifies content/.

Exit codes: 0 no errors (warnings may remain), 1 errors found, 2 usage error.`,

  async run(args) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length > 0) throw new UsageError(`check takes no arguments (got \`${positionals.join(' ')}\`).`);

    let problems: readonly DossierProblem[];
    let articles = 0;
    try {
      const dossier = await loadDossier(process.cwd());
      problems = dossier.problems;
      articles = dossier.articles.length;
    } catch (error) {
      if (!(error instanceof DossierError)) throw error;
      problems = error.problems;
    }

    for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    if (problems.length > 0) process.stdout.write('\n');
    process.stdout.write(`${plural(articles, 'article')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
    return errors > 0 ? EXIT.problem : EXIT.ok;
  },
};
