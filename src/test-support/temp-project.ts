/**
 * Real projects on disk for tests: the repository's own content/ copied into
 * a temp dir, so tests can break files without touching the seeds.
 */
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    write: (file, data) => writeFile(join(root, file), data),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
}
