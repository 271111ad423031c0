import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pageText } from '../html/clean-html.ts';
import { decodeHtmlBytes, pageByteLimit } from '../html/decode-html.ts';
import { decodeBytes } from '../text/decode-bytes.ts';
import { ContentError } from './content-error.ts';
import type { DossierProblem } from './types.ts';

/** Where articles live, relative to the project root. */
export const ARTICLES_DIR = 'content/articles';

/** A raw article file, decoded. */
export interface ArticleText {
  /** Relative to the project root, e.g. `content/articles/000_9b40cf4b3cb6ef87.txt`. */
  file: string;
  /** Its sidecar's path, whether or not it exists. */
  metaFile: string;
  /** SHA-256 of the raw bytes, hex. */
  bytesDigest: string;
  /** The text: a text article's decoded file, a saved page's visible text (what the cleaner's offsets point into). */
  source: string;
  /** A text encoding (see decode-bytes.ts), or the WHATWG name of a page's. */
  encoding: string;
  /** `html` for a saved page (`.html`, `.htm`), whose markup is in `html`. */
  format: 'text' | 'html';
  html?: string;
}

/** Article files: copied text, and saved pages. */
const ARTICLE_FILE = /\.(?:txt|html|htm)$/;

/** What is in `content/articles/`. */
export interface ArticleScan {
  /** Decodable article files, sorted by name. */
  texts: ArticleText[];
  /** Every article file's name (`.txt`, `.html`, `.htm`), decodable or not (sidecars of undecodable files are not orphans). */
  txtNames: Set<string>;
  /** Sidecar file names, sorted. */
  sidecarNames: string[];
  problems: DossierProblem[];
}

/** `000_x.txt` (or `000_x.html`) → `content/articles/000_x.meta.yaml`. */
export function sidecarPath(articleFile: string): string {
  return articleFile.replace(ARTICLE_FILE, '.meta.yaml');
}

/** Whether a file name is an article's: `.txt`, or a saved page's `.html`/`.htm`. */
export function isArticleFile(name: string): boolean {
  return ARTICLE_FILE.test(name);
}

/**
 * Decodes one article file's bytes: a text as it is, a saved page by its own
 * charset, its source being the page's visible text.
 *
 * @throws ContentError when the file cannot be decoded (empty, binary, too large)
 */
export function decodeArticle(bytes: Uint8Array, file: string, maxBytes?: number): Pick<ArticleText, 'source' | 'encoding' | 'format' | 'html'> {
  if (!/\.html?$/.test(file)) {
    const { text, encoding } = decodeBytes(bytes, file, maxBytes === undefined ? {} : { maxBytes });
    return { source: text, encoding, format: 'text' };
  }
  const { html, encoding } = decodeHtmlBytes(bytes, file, { maxBytes: pageByteLimit(maxBytes) });
  return { source: pageText(html), encoding, format: 'html', html };
}

/** SHA-256 of raw bytes, hex. */
export function digestBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Lists and decodes `content/articles/`. Files that cannot be decoded, and a
 * folder without articles, become problems; files that are neither articles
 * nor sidecars become warnings.
 * Hidden files (`.DS_Store`, `.gitkeep`) are ignored.
 */
export async function scanArticles(root: string, maxBytes?: number): Promise<ArticleScan> {
  const scan: ArticleScan = { texts: [], txtNames: new Set(), sidecarNames: [], problems: [] };
  let entries;
  try {
    entries = await readdir(join(root, ARTICLES_DIR), { withFileTypes: true });
  } catch {
    scan.problems.push({
      file: ARTICLES_DIR,
      severity: 'error',
      code: 'no-articles',
      message: `The folder ${ARTICLES_DIR}/ does not exist.`,
      fix: `Create it and add articles with \`npx dossier add <file.txt>\`, or run dossier from the project root.`,
    });
    return scan;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of names) {
    const file = `${ARTICLES_DIR}/${entry.name}`;
    if (entry.isFile() && entry.name.endsWith('.meta.yaml')) {
      scan.sidecarNames.push(entry.name);
    } else if (entry.isFile() && isArticleFile(entry.name)) {
      scan.txtNames.add(entry.name);
      // Read synchronously: awaiting each of thousands of small files costs a thread-pool round trip apiece (seconds in all).
      const bytes = readFileSync(join(root, file));
      try {
        scan.texts.push({ file, metaFile: sidecarPath(file), bytesDigest: digestBytes(bytes), ...decodeArticle(bytes, file, maxBytes) });
      } catch (error) {
        if (!(error instanceof ContentError)) throw error;
        scan.problems.push(error.toProblem());
      }
    } else {
      scan.problems.push(strayFile(file, entry.isDirectory()));
    }
  }
  if (scan.txtNames.size === 0) {
    scan.problems.push({
      file: ARTICLES_DIR,
      severity: 'error',
      code: 'no-articles',
      message: 'The dossier has no articles.',
      fix: 'Add articles with `npx dossier add <file.txt>`.',
    });
  }
  return scan;
}

function strayFile(file: string, isDirectory: boolean): DossierProblem {
  const problem = { file, severity: 'warning', code: 'stray-file' } as const;
  if (isDirectory) {
    return { ...problem, message: 'Subfolders of content/articles/ are not read.', fix: `Move the articles in ${file}/ up into ${ARTICLES_DIR}/, or move the folder out of content/.` };
  }
  if (/\.(?:txt|html?)$/i.test(file)) return { ...problem, message: 'Articles must end in lowercase `.txt`, `.html` or `.htm`; this file is ignored.', fix: 'Rename it to end in lowercase.' };
  if (/\.meta\.ya?ml$/i.test(file)) return { ...problem, message: 'Sidecars must end in `.meta.yaml`; this file is ignored.', fix: 'Rename it to end in `.meta.yaml`.' };
  return {
    ...problem,
    message: 'This is neither an article (.txt, .html) nor a sidecar (.meta.yaml); it is ignored.',
    fix: `Move it out of ${ARTICLES_DIR}/; to add an article, run \`npx dossier add <file.txt|page.html>\`.`,
  };
}
