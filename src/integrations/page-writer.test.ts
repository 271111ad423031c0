import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { html } from '../lib/render/html.ts';
import { FRAME_TOKENS as T } from '../lib/render/page-frame.ts';
import { noteBuildFacts, queuePages, takeOutput } from './page-queue.ts';
import { pageWriter } from './page-writer.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-writer-'));
const out = join(root, 'dist');
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Runs the integration's hooks as `astro build` would, with a frame and two claim pages queued. */
async function build(texts: Record<string, string>): Promise<string[]> {
  const lines: string[] = [];
  const hooks = pageWriter().hooks as Record<string, (options: unknown) => unknown>;
  const dir = (path: string) => pathToFileURL(join(root, path) + '/');
  await hooks['astro:config:setup']!({ updateConfig: () => undefined });
  await hooks['astro:config:done']!({ config: { cacheDir: dir('cache'), publicDir: dir('public'), outDir: dir('dist') } });
  await hooks['astro:build:start']!({});
  mkdirSync(join(out, 'c/_frame'), { recursive: true });
  writeFileSync(join(out, 'c/_frame/index.html'), `<title>${T.title}</title><meta content="${T.description}"><meta content="${T.ogType}"><link href="/${T.canonical}"><main>${T.main}</main>`);
  writeFileSync(join(out, 'index.html'), 'home');
  queuePages({
    kind: 'claim',
    frame: 'c/_frame/index.html',
    pages: () => Object.entries(texts).map(([id, text]) => ({ path: `c/${id}/`, stamp: text, document: () => ({ title: id, description: 'd', ogType: 'article' as const, main: html`<p>${text}</p>` }) })),
  });
  noteBuildFacts({ articles: 1, claims: Object.keys(texts).length, entities: 3, warnings: 0 });
  await hooks['astro:build:done']!({
    dir: pathToFileURL(out + '/'),
    assets: new Map([['/', [pathToFileURL(join(out, 'index.html'))]], ['/c/[id]', [pathToFileURL(join(out, 'c/_frame/index.html'))]]]),
    logger: { info: (line: string) => lines.push(line) },
  });
  return lines;
}

describe('pageWriter', () => {
  it('writes the queued pages, publishes the output for later steps and sums the build up', async () => {
    const lines = await build({ ca: 'A', cb: 'B' });
    expect(readFileSync(join(out, 'c/cb/index.html'), 'utf8')).toBe('<title>cb</title><meta content="d"><meta content="article"><link href="/c/cb/"><main><p>B</p></main>');
    expect(existsSync(join(out, 'c/_frame'))).toBe(false);
    expect(takeOutput()!.map((f) => f.path).sort()).toEqual(['c/ca/index.html', 'c/cb/index.html', 'index.html']);
    expect(lines).toEqual([
      expect.stringMatching(/^2 pages \(2 claim\): 2 written, 0 unchanged; 0 stale files removed, in \d+\.\d s$/),
      'Dossier built: 1 article, 2 claims, 3 entities named, 0 warnings; 3 pages (2 from frames) in 3 files',
    ]);
  });

  it('on the next build leaves unchanged pages alone and removes the pages no longer made', async () => {
    await build({ ca: 'A', cb: 'B' });
    const lines = await build({ ca: 'A' });
    expect(lines[0]).toMatch(/^1 page \(1 claim\): 0 written, 1 unchanged; 1 stale file removed/);
    expect(existsSync(join(out, 'c/cb'))).toBe(false);
    expect(readFileSync(join(out, 'c/ca/index.html'), 'utf8')).toContain('<p>A</p>');
  });
});
