import { formatCleaned } from '../lib/clean/format-cleaned.ts';
import type { CleanedArticle } from '../lib/clean/types.ts';
import { formatProblem } from '../lib/content/dossier-error.ts';
import { cleanTarget } from './clean-target.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';

/** `dossier clean`: what the cleaner keeps of one text, to tune rules and sidecar overrides. */
export const cleanCommand: Command = {
  name: 'clean',
  summary: 'Print one article as the dossier shows it: title and paragraphs.',
  help: `Usage: npx dossier clean [--json] <file | ->

Decodes the file (or standard input for \`-\`), removes boilerplate with the
project's rules (content/boilerplate.yaml) and prints the title, a blank
line, then the paragraphs and subheadings separated by blank lines.
For a file in content/articles/ its sidecar's outlet and \`cleaning:\`
overrides apply too, exactly as in the build.

Options:
  --json   print { title, blocks, removed } as JSON; each removed span has
           start, end, text, rule and reason

Exit codes: 0 ok, 1 content problem (message on stderr), 2 usage error.`,

  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' } });
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0) throw new UsageError('clean takes exactly one file, or `-` for standard input.');

    const result = await cleanTarget(process.cwd(), target);
    if (typeof result === 'number') return result;
    const { article: cleaned, name } = result;

    process.stdout.write(values.json ? `${JSON.stringify(pick(cleaned), null, 2)}\n` : formatCleaned(cleaned));
    if (!cleaned.blocks.some((b) => b.kind === 'paragraph')) {
      process.stderr.write(
        `${formatProblem({
          file: name,
          severity: 'error',
          code: 'all-boilerplate',
          message: `Cleaning left no paragraph of reading text (${cleaned.removed.length} spans removed).`,
          fix: 'If this is not an article, do not add it; if real text was removed, see why with `--json` and keep it with `cleaning: keep:` in the sidecar.',
        })}\n`,
      );
      return EXIT.problem;
    }
    return EXIT.ok;
  },
};

function pick({ title, blocks, removed }: CleanedArticle) {
  return { title, blocks, removed };
}
