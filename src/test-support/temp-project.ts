/**
 * Real projects on disk for tests: the repository's own content/ copied into
 * a temp dir, so tests can break files without touching the seeds.
 */
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The seed article file names, sorted. */
export async function seedNames(): Promise<string[]> {
  return (await readdir(join(REPO_ROOT, 'content/articles'))).filter((n) => n.endsWith('.txt')).sort();
}

/** A temp dir with a copy of the repository's content/ (or an empty one); remove it with `dispose`. */
export async function tempProject(withContent = true): Promise<{ root: string; write: (file: string, data: string | Uint8Array) => Promise<void>; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-test-'));
  if (withContent) await cp(join(REPO_ROOT, 'content'), join(root, 'content'), { recursive: true });
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
