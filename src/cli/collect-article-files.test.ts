import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempProject } from '../test-support/temp-project.ts';
import { collectArticleFiles } from './collect-article-files.ts';

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => {
  project = await tempProject(false);
});
afterEach(async () => {
  await project.dispose();
});

describe('collectArticleFiles', () => {
  it('walks folders in code-point order, keeps named files as given, and names what it skips', async () => {
    for (const file of ['in/b.txt', 'in/B.htm', 'in/a/z.html', 'in/a/notiz.md', 'in/.hidden.txt', 'in/node_modules/x/readme.txt', 'in/seite.html', 'in/seite-Dateien/werbung.html']) {
      await project.write(file, 'x');
    }
    const collected = await collectArticleFiles(['in', 'missing.txt', 'in/a/notiz.md'], project.root);
    expect(collected.files).toEqual(['in/B.htm', 'in/a/z.html', 'in/b.txt', 'in/seite.html', 'missing.txt', 'in/a/notiz.md']);
    expect(collected.skipped).toEqual([
      { path: 'in/a/notiz.md', reason: 'not an article file (.txt, .html, .htm)' },
      { path: 'in/node_modules', reason: 'installed packages, not articles' },
      { path: 'in/seite-Dateien', reason: 'the images and scripts saved with seite.html' },
    ]);
  });

  it('follows a link to a folder once, not round a loop', async () => {
    await project.write('in/sub/a.txt', 'x');
    await symlink(join(project.root, 'in'), join(project.root, 'in/sub/back'));
    expect((await collectArticleFiles(['in'], project.root)).files).toEqual(['in/sub/a.txt']);
  });
});
