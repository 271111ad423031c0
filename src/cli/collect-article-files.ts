import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';

/** File endings a folder walk takes as articles: copied text and saved pages. */
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm'] as const;

/** A file or folder the walk passed over, with why: every one is named to the curator. */
export interface Skipped {
  path: string;
  reason: string;
}

/** The files `dossier add` was given, folders expanded. */
export interface CollectedFiles {
  /** As the curator would write them: the argument, or the argument joined with the path inside its folder. */
  files: string[];
  skipped: Skipped[];
}

/**
 * Expands the arguments of `dossier add` into article files. A file named
 * on the command line is taken whatever its ending (the per-file step says
 * what is wrong with it, including that it does not exist); a folder is
 * walked recursively, in name order, for `.txt`, `.html` and `.htm` files.
 * Hidden entries (`.DS_Store`, `.git/`) are passed over silently; other
 * files, `node_modules/` (`dossier add .` in the project), and the
 * `X_files/` or `X-Dateien/` folder a browser saves beside `X.html` for its
 * images and scripts are reported as skipped.
 */
export async function collectArticleFiles(args: readonly string[], root: string): Promise<CollectedFiles> {
  const collected: CollectedFiles = { files: [], skipped: [] };
  for (const given of args) {
    const isFolder = await stat(resolve(root, given)).then((s) => s.isDirectory(), () => false);
    if (isFolder) await walk(given, root, collected, new Set());
    else collected.files.push(given);
  }
  return collected;
}

/** `seen` holds the real paths walked: a link back to a parent folder must not loop. */
async function walk(folder: string, root: string, into: CollectedFiles, seen: Set<string>): Promise<void> {
  let entries: Dirent[];
  try {
    const real = await realpath(resolve(root, folder));
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(resolve(root, folder), { withFileTypes: true });
  } catch (error) {
    into.skipped.push({ path: folder, reason: `the folder cannot be read (${(error as NodeJS.ErrnoException).code})` });
    return;
  }
  // Code-point order, not the locale's: the same folder numbers its articles the same way on every machine.
  const visible = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const pages = new Set(visible.filter((e) => /\.html?$/i.test(e.name)).map((e) => e.name.replace(/\.html?$/i, '')));
  for (const entry of visible) {
    const path = join(folder, entry.name);
    const kind = await entryKind(entry, resolve(root, path));
    if (kind === 'folder') {
      const page = /^(.*)(?:_files|-Dateien)$/.exec(entry.name)?.[1];
      if (page !== undefined && pages.has(page)) into.skipped.push({ path, reason: `the images and scripts saved with ${page}.html` });
      else if (entry.name === 'node_modules') into.skipped.push({ path, reason: 'installed packages, not articles' });
      else await walk(path, root, into, seen);
    } else if (kind === 'file' && (ARTICLE_EXTENSIONS as readonly string[]).includes(extname(entry.name).toLowerCase())) {
      into.files.push(path);
    } else {
      into.skipped.push({ path, reason: kind === 'file' ? `not an article file (${ARTICLE_EXTENSIONS.join(', ')})` : 'not a regular file' });
    }
  }
}

/** Follows a symbolic link to what it points to, so a linked file or folder counts as one. */
async function entryKind(entry: Dirent, path: string): Promise<'file' | 'folder' | 'other'> {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  const target = await stat(path).catch(() => undefined);
  return target?.isFile() ? 'file' : target?.isDirectory() ? 'folder' : 'other';
}
