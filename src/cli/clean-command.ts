import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { cleanArticle } from '../lib/clean/clean-article.ts';
import { formatCleaned } from '../lib/clean/format-cleaned.ts';
import type { CleanedArticle } from '../lib/clean/types.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { formatProblem } from '../lib/content/dossier-error.ts';
import { prepareArticle } from '../lib/content/prepare-article.ts';
import { readDossier, RULES_FILE, siblingsFor } from '../lib/content/read-dossier.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
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

    const root = process.cwd();
    const path = target === '-' ? undefined : resolve(root, target);
    // Messages name the file as the user wrote it; the dossier knows it relative to the root.
    const name = path ? target : '<stdin>';
    const inDossier = path && toPosix(relative(root, path));
    const bytes = path ? await readInput(path, target) : await readStdin();

    const sources = await readDossier(root);
    const ruleProblems = sources.problems.filter((p) => p.file === RULES_FILE);
    if (ruleProblems.length > 0) {
      process.stderr.write(`${ruleProblems.map(formatProblem).join('\n')}\n`);
      return EXIT.problem;
    }
    const maxBytes = sources.config?.maxArticleBytes;
    let text: string;
    try {
      text = decodeBytes(bytes, name, maxBytes === undefined ? {} : { maxBytes }).text;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      process.stderr.write(`${formatProblem(error.toProblem())}\n`);
      return EXIT.problem;
    }
    const input = sources.inputs.find((i) => i.file === inDossier);
    const cleaned: CleanedArticle = input
      ? prepareArticle(input, { rules: sources.rules, siblings: siblingsFor(sources.inputs, input) }).record.cleaned
      : cleanArticle(text, { rules: sources.rules, language: sources.config?.language ?? 'de' });

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

async function readInput(path: string, given: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`no such file: ${given}`);
    if (code === 'EISDIR') throw new UsageError(`${given} is a folder; give one article file.`);
    throw error;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}
