/**
 * Astro empties the output directory before every build; Dossier keeps it,
 * so that unchanged pages need not be written again, and sweeps instead:
 * whatever this build neither wrote nor vouched for is left over from an
 * earlier one (an article's old slug, an asset of a stylesheet since
 * changed) and is deleted, so the output is what a clean build gives.
 *
 * A large dossier's output has a hundred thousand files; listing them all
 * on every build costs seconds, so the sweep looks at candidates: the files
 * the last build left (its inventory), plus whatever is in the folders Vite
 * fills anew each build.
 */
import { readdirSync, readFileSync, rmdirSync, statSync, unlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** Every file below `dir`, as `/`-separated paths relative to `root` (nothing when `dir` does not exist). */
export function listFiles(root: string, dir = root): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)).split(sep).join('/'));
  } catch {
    return [];
  }
}

/** The files the last build left in the output directory, or `undefined` when unknown. */
export function readInventory(file: string): string[] | undefined {
  try {
    const paths: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(paths) ? paths.map(String) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves what this build left, for the next build's sweep. */
export function saveInventory(file: string, paths: Iterable<string>): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify([...new Set(paths)].sort()));
}

/**
 * Deletes the `candidates` (paths below `outDir`) that are not in `keep`
 * and were last modified before `since` (ms), then their directories left
 * empty. Returns the candidates still there, which this build wrote.
 * Files in `ours` were written by the page writer in an earlier build: one
 * it did not vouch for now is stale however recent it is.
 */
export function sweepStale(
  outDir: string,
  candidates: Iterable<string>,
  keep: ReadonlySet<string>,
  since: number,
  ours: ReadonlySet<string> = new Set(),
): { deleted: number; written: string[] } {
  let deleted = 0;
  const written: string[] = [];
  const emptied = new Set<string>();
  for (const path of new Set(candidates)) {
    if (keep.has(path)) continue;
    const full = join(outDir, path);
    const stat = statSync(full, { throwIfNoEntry: false });
    if (!stat) continue;
    if (stat.mtimeMs >= since && !ours.has(path)) {
      written.push(path);
      continue;
    }
    unlinkSync(full);
    deleted += 1;
    for (let dir = dirname(full); dir.length > outDir.length; dir = dirname(dir)) emptied.add(dir);
  }
  // Deepest first, so a directory emptied of empty directories goes too.
  for (const dir of [...emptied].sort((a, b) => b.length - a.length)) {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  }
  return { deleted, written };
}
