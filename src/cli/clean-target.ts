/**
 * Reads and cleans the one article a command names (a file or `-` for
 * standard input) exactly as the build would: with the project's rules and,
 * for a file in content/articles/, its sidecar.
 */
import { readFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { cleanArticle } from '../lib/clean/clean-article.ts';
import type { CleanedArticle } from '../lib/clean/types.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { formatProblem } from '../lib/content/dossier-error.ts';
import { prepareArticle } from '../lib/content/prepare-article.ts';
import { outletLinesFor, readDossier, RULES_FILE } from '../lib/content/read-dossier.ts';
import type { ArticleInput } from '../lib/content/types.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { EXIT, UsageError } from './command.ts';

/** A cleaned target: the article, the name to show in messages, and its dossier input when it is one. */
export interface CleanedTarget {
  article: CleanedArticle;
  name: string;
  language: string;
  input?: ArticleInput;
}

/** Cleans `target`; on a content problem prints it to stderr and resolves to the exit code instead. */
export async function cleanTarget(root: string, target: string): Promise<CleanedTarget | number> {
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
  const language = input?.meta.language ?? sources.config?.language ?? 'de';
  const article = input
    ? prepareArticle(input, { rules: sources.rules, outletLines: outletLinesFor(sources.inputs)(input) }).record.cleaned
    : cleanArticle(text, { rules: sources.rules, language });
  return { article, name, language, ...(input && { input }) };
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
