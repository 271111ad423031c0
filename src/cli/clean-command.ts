import { formatCleaned } from '../lib/clean/format-cleaned.ts';
import type { CleanedArticle } from '../lib/clean/types.ts';
import { formatProblem } from '../lib/content/dossier-error.ts';
import { hasLittleArticleText } from '../lib/html/clean-html.ts';
import type { InputFormat } from '../lib/html/input-format.ts';
import { cleanTarget } from './clean-target.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';

/** `dossier clean`: what the cleaner keeps of one text, to tune rules and sidecar overrides. */
export const cleanCommand: Command = {
  name: 'clean',
  help: `Usage: npx dossier clean [--json] [--format html|text] <file | ->

Decodes the file (or standard input for \`-\`), removes boilerplate with the
project's rules (content/boilerplate.yaml) and prints the title, a blank
line, then the paragraphs and subheadings separated by blank lines.
For a file in content/articles/ its sidecar's outlet and \`cleaning:\`
overrides apply too, exactly as in the build.

A saved web page (.html, .htm, or standard input starting with
\`<!doctype html\` or \`<html\`) is read as HTML: its main text is
extracted and everything else is removed, each with its reason.

Options:
  --json           print { title, blocks, removed } as JSON; each removed
                   span has start, end, text, rule and reason (for a page,
                   also \`source\`, the page's visible text the spans index into)
  --format FORMAT  read the input as \`html\` or \`text\`, whatever its name

Exit codes: 0 ok, 1 content problem (message on stderr), 2 usage error.`,

  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { json: { type: 'boolean' }, format: { type: 'string' } });
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0) throw new UsageError('clean takes exactly one file, or `-` for standard input.');
    const format = values.format;
    if (format !== undefined && format !== 'html' && format !== 'text') throw new UsageError(`--format must be html or text, not "${format}".`);

    const result = await cleanTarget(process.cwd(), target, format as InputFormat | undefined);
    if (typeof result === 'number') return result;
    const { article: cleaned, name } = result;

    const json = { ...pick(cleaned), ...(result.format === 'html' && { source: result.source }) };
    process.stdout.write(values.json ? `${JSON.stringify(json, null, 2)}\n` : formatCleaned(cleaned));
    if (result.format === 'html' && hasLittleArticleText(cleaned)) {
      process.stderr.write(
        `${formatProblem({
          file: name,
          severity: 'error',
          code: 'little-text',
          message: `Little article text found on this page (${cleaned.blocks.length} blocks kept, ${cleaned.removed.length} removed): a home page, a login wall, or a page that needs JavaScript to show its text?`,
          fix: 'If it is an article, save it again once its text is shown in the browser, or copy its text into a .txt file and add that; see what was removed with `--json`.',
        })}\n`,
      );
      return EXIT.problem;
    }
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
