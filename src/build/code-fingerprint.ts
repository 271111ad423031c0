/**
 * A fingerprint of the code that turns raw articles into stored entries.
 *
 * Astro keeps the content store between builds and reuses an entry whenever
 * its digest is unchanged. The digest covers the inputs (bytes, metadata,
 * rules), but a change to the cleaner would leave every digest as it was and
 * ship stale text; with three people changing that code, a hand-bumped
 * version alone is not enough. So the digest also covers this fingerprint.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * The code that decides what an entry contains: all of `src/lib/` rather
 * than a list of its folders, which would go stale the day the renderer
 * imports a new module, the loaders themselves, the UI strings that the
 * loader writes into the stored HTML (permalink and outlet-count labels),
 * what routes make of the entries (`src/routes/`), and the build steps in
 * `src/build/` and `src/integrations/`: the page writer skips a page whose
 * stamp is unchanged, and stamps rest on entry digests.
 */
const PROCESSING_CODE = ['src/lib', 'src/loaders', 'src/routes', 'src/build', 'src/i18n', 'src/integrations'];

/** SHA-256 over the paths and contents of the processing code (tests excluded). */
export function codeFingerprint(projectRoot: string): Promise<string> {
  return treeFingerprint(projectRoot, PROCESSING_CODE, (name) => name.endsWith('.ts'));
}

/**
 * SHA-256 over the paths and contents of every file below `dirs` (relative
 * to `projectRoot`) whose name `include` accepts, tests excluded.
 */
export async function treeFingerprint(projectRoot: string, dirs: readonly string[], include: (name: string) => boolean = () => true): Promise<string> {
  const files: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(join(projectRoot, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    files.push(
      ...entries
        .filter((entry) => entry.isFile() && include(entry.name) && !/\.test\.[cm]?[jt]s$/.test(entry.name))
        .map((entry) => join(entry.parentPath, entry.name)),
    );
  }
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    hash.update(relative(projectRoot, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}
