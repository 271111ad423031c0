/**
 * Astro empties the output directory before every build; Dossier keeps it,
 * so that unchanged pages need not be written again, and sweeps instead:
 * whatever this build neither wrote nor vouched for is left over from an
 * earlier one (an article's old slug, an asset of a stylesheet since
 * changed) and is deleted, so the output is what a clean build gives.
 */
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Deletes the files below `outDir` last modified before `since` (ms) that
 * are not in `keep` (paths below `outDir`, `/`-separated), then the
 * directories left empty. Returns how many files it deleted.
 */
export function sweepStale(outDir: string, keep: ReadonlySet<string>, since: number): number {
  let deleted = 0;
  const dirs: string[] = [];
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) {
      dirs.push(full);
      continue;
    }
    const path = relative(outDir, full).split(sep).join('/');
    if (keep.has(path)) continue;
    if (statSync(full).mtimeMs >= since) continue;
    unlinkSync(full);
    deleted += 1;
  }
  // Deepest first, so a directory emptied of empty directories goes too.
  for (const dir of dirs.sort((a, b) => b.length - a.length)) {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  }
  return deleted;
}
