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
 * SHA-256 over the paths and contents of the code in `src/lib/` (tests
 * excluded). All of it rather than a list of folders: a list would go stale
 * the day the renderer starts importing a new module.
 */
export async function codeFingerprint(projectRoot: string): Promise<string> {
  const libDir = join(projectRoot, 'src', 'lib');
  const entries = await readdir(libDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(relative(libDir, file)).update('\0').update(await readFile(file)).update('\0');
  }
  return hash.digest('hex');
}
