import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDirsInBackground } from './make-dirs.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-dirs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('makeDirsInBackground', () => {
  it('makes every folder, parents included, and settles once they exist', async () => {
    const dirs = Array.from({ length: 300 }, (_, i) => join(root, 'c', `c${i}`));
    await makeDirsInBackground([...dirs, join(root, 'articles/a/original')]);
    expect(dirs.every((dir) => statSync(dir).isDirectory())).toBe(true);
    expect(existsSync(join(root, 'articles/a/original'))).toBe(true);
  });

  it('fails with the reason when a folder cannot be made', async () => {
    writeFileSync(join(root, 'taken'), 'a file, not a folder');
    await expect(makeDirsInBackground([join(root, 'taken', 'c1')])).rejects.toThrow(/ENOTDIR|EEXIST/);
  });

  it('starts no thread for nothing', async () => {
    await expect(makeDirsInBackground([])).resolves.toBeUndefined();
  });
});
