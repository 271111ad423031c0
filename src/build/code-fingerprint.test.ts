import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeFingerprint, treeFingerprint } from './code-fingerprint.ts';

const roots: string[] = [];
afterAll(() => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function project(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-fingerprint-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, 'src/lib', path, '..'), { recursive: true });
    await writeFile(join(root, 'src/lib', path), text);
  }
  return root;
}

describe('codeFingerprint', () => {
  it('changes when processing code changes, not when a test does', async () => {
    const base = { 'clean/a.ts': 'export const a = 1;', 'clean/a.test.ts': 'test' };
    const same = await codeFingerprint(await project(base));
    expect(await codeFingerprint(await project({ ...base, 'clean/a.test.ts': 'other test' }))).toBe(same);
    expect(await codeFingerprint(await project({ ...base, 'clean/a.ts': 'export const a = 2;' }))).not.toBe(same);
    expect(await codeFingerprint(await project({ ...base, 'claims/new.ts': '' }))).not.toBe(same);
  });

  it('tells a renamed file from an unchanged one', async () => {
    const one = await codeFingerprint(await project({ 'render/x.ts': 'x' }));
    const other = await codeFingerprint(await project({ 'render/y.ts': 'x' }));
    expect(one).not.toBe(other);
  });

  it('over a whole tree, covers every kind of file but tests', async () => {
    const base = { 'pages/a.astro': '<p>a</p>', 'styles/a.css': 'p {}', 'pages/a.test.ts': 'test' };
    const fingerprint = async (files: Record<string, string>) => treeFingerprint(join(await project(files), 'src'), ['.']);
    const same = await fingerprint(base);
    expect(await fingerprint({ ...base, 'pages/a.test.ts': 'other test' })).toBe(same);
    expect(await fingerprint({ ...base, 'styles/a.css': 'p { color: red }' })).not.toBe(same);
    expect(await fingerprint({ ...base, 'pages/a.astro': '<p>b</p>' })).not.toBe(same);
  });
});
