/**
 * Real projects on disk for tests: the seed dossier's fixture copy
 * (test-fixtures/seed-dossier/content/) copied into a temp dir, so tests
 * can break files, and never read the live content/, which is the
 * curator's and may hold any dossier or none.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root: the software (for the `dossier` command), not a dossier to test on. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A project root whose content/ is the fixture copy of the five seed
 * articles, registry and ledgers: tests read the seeds from here, read-only.
 */
export const SEED_ROOT = join(REPO_ROOT, 'test-fixtures/seed-dossier');

/** The seed article file names, sorted. */
export async function seedNames(): Promise<string[]> {
  return (await readdir(join(SEED_ROOT, 'content/articles'))).filter((n) => n.endsWith('.txt')).sort();
}

/** A temp dir with a copy of the seed dossier's content/ (or none); remove it with `dispose`. */
export async function tempProject(withContent = true): Promise<{ root: string; write: (file: string, data: string | Uint8Array) => Promise<void>; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-test-'));
  if (withContent) await cp(join(SEED_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return {
    root,
    // Folders on the way are made, so a test can lay out a folder of articles in one call per file.
    write: async (file, data) => {
      await mkdir(dirname(join(root, file)), { recursive: true });
      await writeFile(join(root, file), data);
    },
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
