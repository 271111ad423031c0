import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { fsThread, textDigest } from './fs-thread.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-fs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('fsThread', () => {
  it('makes every folder, parents included, and writes files into them, in order, before it settles', async () => {
    const thread = fsThread();
    const dirs = Array.from({ length: 600 }, (_, i) => join(root, 'c', `c${i}`));
    for (const dir of dirs) thread.makeDir(dir);
    for (const [i, dir] of dirs.entries()) thread.writeFile(join(dir, 'index.html'), `<p>${i}</p>`);
    thread.makeDir(join(root, 'articles/a/original'));
    await thread.settled();
    expect(dirs.every((dir) => statSync(dir).isDirectory())).toBe(true);
    expect(readFileSync(join(dirs[599]!, 'index.html'), 'utf8')).toBe('<p>599</p>');
    expect(existsSync(join(root, 'articles/a/original'))).toBe(true);
  });

  it('does a batch not yet full once flushed, without waiting to settle', async () => {
    const thread = fsThread();
    thread.writeFile(join(root, 'flushed.html'), '<p>now</p>');
    thread.flush();
    await vi.waitFor(() => expect(existsSync(join(root, 'flushed.html'))).toBe(true));
    await thread.settled();
  });

  it('fails with the reason when a job cannot be done', async () => {
    writeFileSync(join(root, 'taken'), 'a file, not a folder');
    const thread = fsThread();
    thread.makeDir(join(root, 'taken', 'c1'));
    await expect(thread.settled()).rejects.toThrow(/ENOTDIR|EEXIST/);
  });

  it('reports the size, time and digest of the files asked for, as on disk', async () => {
    const thread = fsThread();
    thread.makeDir(join(root, 'r'));
    thread.writeFile(join(root, 'r', 'a.html'), 'äöü', true);
    thread.writeFile(join(root, 'r', 'b.html'), 'not reported');
    const written = await thread.settled();
    const stat = statSync(join(root, 'r', 'a.html'));
    expect([...written]).toEqual([[join(root, 'r', 'a.html'), { size: 6, mtimeMs: stat.mtimeMs, digest: textDigest('äöü') }]]);
    expect(textDigest('äöü')).toBe(createHash('sha1').update(readFileSync(join(root, 'r', 'a.html'))).digest('base64url'));
  });

  it('writes bytes as they are, with the digest their text would have', async () => {
    const thread = fsThread();
    const bytes = Buffer.from('{"ä":1}\n');
    thread.writeFile(join(root, 'bytes.json'), bytes, true);
    const written = await thread.settled();
    expect(readFileSync(join(root, 'bytes.json'))).toEqual(bytes);
    expect(written.get(join(root, 'bytes.json'))?.digest).toBe(textDigest('{"ä":1}\n'));
    expect(textDigest(bytes)).toBe(textDigest('{"ä":1}\n'));
  });

  it('lets a fast caller wait until the thread has caught up', async () => {
    const thread = fsThread();
    thread.makeDir(join(root, 'd'));
    for (let i = 0; i < 2000; i++) thread.writeFile(join(root, 'd', `${i}.html`), 'x'.repeat(1000));
    await thread.drain(0);
    // The folder and 1,791 files fill seven batches of 256, all done; the rest waits for the last batch.
    expect(existsSync(join(root, 'd', '1790.html'))).toBe(true);
    expect(existsSync(join(root, 'd', '1791.html'))).toBe(false);
    await thread.settled();
    expect(existsSync(join(root, 'd', '1999.html'))).toBe(true);
  });

  it('settles at once with nothing to do', async () => {
    await expect(fsThread().settled()).resolves.toEqual(new Map());
  });
});
