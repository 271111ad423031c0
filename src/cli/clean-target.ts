/**
 * Reads and cleans the one article a command names (a file or `-` for
 * standard input) exactly as the build would: with the project's rules and,
 * for a file in content/articles/, its sidecar. A saved web page (by its
 * extension, by how standard input starts, or when forced) goes through the
 * HTML extraction instead of the text cleaner.
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
import { cleanHtmlPage } from '../lib/html/clean-html.ts';
import { decodeHtmlBytes, pageByteLimit } from '../lib/html/decode-html.ts';
import { inputFormat, type InputFormat } from '../lib/html/input-format.ts';
import { decodeBytes } from '../lib/text/decode-bytes.ts';
import { EXIT, UsageError } from './command.ts';

/** A cleaned target: the article, the name to show in messages, and its dossier input when it is one. */
export interface CleanedTarget {
  article: CleanedArticle;
  name: string;
  language: string;
  format: InputFormat;
  /** For a page: its visible text, which the article's spans index into (for text, the file itself). */
  source?: string;
  input?: ArticleInput;
}

/** Cleans `target`; on a content problem prints it to stderr and resolves to the exit code instead. */
export async function cleanTarget(root: string, target: string, forced?: InputFormat): Promise<CleanedTarget | number> {
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
  const format = inputFormat(bytes, path, forced);
  // An article of the dossier is cleaned as the build cleans it: with its sidecar (outlet, language, corrections).
  const input = sources.inputs.find((i) => i.file === inDossier && i.format === format);
  const language = input?.meta.language ?? sources.config?.language ?? 'de';
  try {
    if (input) {
      const { record } = prepareArticle(input, { rules: sources.rules, outletLines: outletLinesFor(sources.inputs)(input) });
      return { article: record.cleaned, name, language, format, input, ...(format === 'html' && { source: input.source }) };
    }
    if (format === 'html') {
      // A saved page carries markup, scripts and styles: it may be larger than any text article.
      const { html } = decodeHtmlBytes(bytes, name, { maxBytes: pageByteLimit(maxBytes) });
      const page = cleanHtmlPage(html, { rules: sources.rules, language });
      return { article: page.cleaned, name, language, format, source: page.source };
    }
    const text = decodeBytes(bytes, name, maxBytes === undefined ? {} : { maxBytes }).text;
    return { article: cleanArticle(text, { rules: sources.rules, language }), name, language, format };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${formatProblem(error.toProblem())}\n`);
    return EXIT.problem;
  }
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
