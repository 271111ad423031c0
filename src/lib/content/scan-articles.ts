import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBytes, type TextEncoding } from '../text/decode-bytes.ts';
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
  source: string;
  encoding: TextEncoding;
}

/** What is in `content/articles/`. */
export interface ArticleScan {
  /** Decodable `.txt` files, sorted by name. */
  texts: ArticleText[];
  /** Every `.txt` file name, decodable or not (sidecars of undecodable files are not orphans). */
  txtNames: Set<string>;
  /** Sidecar file names, sorted. */
  sidecarNames: string[];
  problems: DossierProblem[];
}

/** `000_x.txt` → `content/articles/000_x.meta.yaml`. */
export function sidecarPath(txtFile: string): string {
  return txtFile.replace(/\.txt$/, '.meta.yaml');
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
    } else if (entry.isFile() && entry.name.endsWith('.txt')) {
      scan.txtNames.add(entry.name);
      // Read synchronously: awaiting each of thousands of small files costs a thread-pool round trip apiece (seconds in all).
      const bytes = readFileSync(join(root, file));
      try {
        const { text, encoding } = decodeBytes(bytes, file, maxBytes === undefined ? {} : { maxBytes });
        scan.texts.push({ file, metaFile: sidecarPath(file), bytesDigest: digestBytes(bytes), source: text, encoding });
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
  if (/\.txt$/i.test(file)) return { ...problem, message: 'Articles must end in lowercase `.txt`; this file is ignored.', fix: 'Rename it to end in `.txt`.' };
  if (/\.meta\.ya?ml$/i.test(file)) return { ...problem, message: 'Sidecars must end in `.meta.yaml`; this file is ignored.', fix: 'Rename it to end in `.meta.yaml`.' };
  return {
    ...problem,
    message: 'This is neither an article (.txt) nor a sidecar (.meta.yaml); it is ignored.',
    fix: `Move it out of ${ARTICLES_DIR}/; to add an article, convert it to plain text and run \`npx dossier add <file.txt>\`.`,
  };
}
