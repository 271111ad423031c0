import { mkdtempSync, mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { html } from '../lib/render/html.ts';
import { FRAME_TOKENS as T } from '../lib/render/page-frame.ts';
import type { FileJob, PageJob } from '../build/handover.ts';
import { fsThread } from '../build/fs-thread.ts';
import { listFiles, readInventory, saveInventory, sweepStale } from '../build/sweep-stale.ts';
import { manifestFiles, startWriting, type PageManifest } from './write-pages.ts';

const FRAME = `<title>${T.title}</title><meta content="${T.description}"><meta content="${T.ogType}"><link href="/${T.canonical}"><main>${T.main}</main>`;
let out = '';
/** Which pages' documents were made. */
let made: string[] = [];

function job(texts: Record<string, string>, stamps: Record<string, string> = {}): PageJob {
  mkdirSync(join(out, 'c/_frame'), { recursive: true });
  writeFileSync(join(out, 'c/_frame/index.html'), FRAME);
  return {
    kind: 'claim',
    frame: 'c/_frame/index.html',
    pages: () =>
      Object.entries(texts).map(([id, text]) => ({
        path: `c/${id}/`,
        stamp: stamps[id] ?? text,
        document: () => {
          made.push(id);
          return { title: id, description: 'd', ogType: 'article' as const, main: html`<p>${text}</p>` };
        },
      })),
  };
}

/** Writes `jobs` as the page writer does, each from its frame as rendered on disk. */
async function writePages(jobs: PageJob[], previous: PageManifest) {
  const writing = startWriting(out, previous);
  for (const job of jobs) writing.add(job, readFileSync(join(out, job.frame), 'utf8'), join(out, job.frame));
  const { kinds, manifest } = await writing.finish();
  return { kinds: [...kinds].map(([kind, report]) => ({ kind, ...report })), manifest };
}

beforeEach(() => {
  made = [];
  out = mkdtempSync(join(tmpdir(), 'dossier-pages-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

describe('startWriting', () => {
  it('writes every page from the frame', async () => {
    const { kinds, manifest } = await writePages([job({ ca: 'A', cb: 'B' })], new Map());
    expect(kinds).toEqual([{ kind: 'claim', pages: 2, written: 2 }]);
    expect([...manifest.keys()]).toEqual(['c/ca/index.html', 'c/cb/index.html']);
    const [first] = manifestFiles(manifest);
    expect(first).toEqual({ path: 'c/ca/index.html', digest: expect.any(String), bytes: statSync(join(out, 'c/ca/index.html')).size });
    expect(readFileSync(join(out, 'c/cb/index.html'), 'utf8')).toBe('<title>cb</title><meta content="d"><meta content="article"><link href="/c/cb/"><main><p>B</p></main>');
  });

  it('writes jobs one after the other, and reports a failing page once the thread has ended', async () => {
    const writing = startWriting(out, new Map());
    const failing: PageJob = { ...job({ cx: 'X' }), kind: 'article', pages: () => [{ path: 'articles/x/', stamp: 'x', document: () => { throw new Error('no such article: x'); } }] };
    writing.add(job({ ca: 'A', cb: 'B' }), FRAME, join(out, 'c/_frame/index.html'));
    writing.add(failing, FRAME, join(out, failing.frame));
    expect(writing.has('article')).toBe(true);
    expect(() => writing.add(failing, FRAME, join(out, failing.frame))).toThrow('The frame of the article pages was rendered twice.');
    await expect(writing.finish()).rejects.toThrow('no such article: x');
    expect(readFileSync(join(out, 'c/cb/index.html'), 'utf8')).toContain('<p>B</p>');
  });

  it('makes announced folders ahead of their pages, once, and removes one no page went into', async () => {
    const thread = fsThread();
    const folders: string[] = [];
    const counting = { ...thread, makeDir: (dir: string) => (folders.push(dir), thread.makeDir(dir)) };
    const writing = startWriting(out, new Map(), counting);
    writing.prepare(['c/ca/', 'c/gone/']);
    await vi.waitFor(() => expect(existsSync(join(out, 'c/gone'))).toBe(true));
    writing.add(job({ ca: 'A', cb: 'B' }), FRAME, join(out, 'c/_frame/index.html'));
    const { manifest } = await writing.finish();
    expect(folders).toEqual([join(out, 'c/ca'), join(out, 'c/gone'), join(out, 'c/cb')]);
    expect(readFileSync(join(out, 'c/ca/index.html'), 'utf8')).toContain('<p>A</p>');
    expect(existsSync(join(out, 'c/gone'))).toBe(false);
    folders.length = 0;
    startWriting(out, manifest, counting).prepare(['c/ca/']); // written by the last build: nothing to make
    expect(folders).toEqual([]);
  });

  it('rewrites only the pages that changed, and any page missing or altered on disk', async () => {
    const first = await writePages([job({ ca: 'A', cb: 'B', cc: 'C' })], new Map());
    const before = statSync(join(out, 'c/ca/index.html')).mtimeMs;
    rmSync(join(out, 'c/cc'), { recursive: true });
    const second = await writePages([job({ ca: 'A', cb: 'B2', cc: 'C' })], first.manifest);
    expect(second.kinds[0]).toEqual({ kind: 'claim', pages: 3, written: 2 });
    expect(statSync(join(out, 'c/ca/index.html')).mtimeMs).toBe(before);
    expect(readFileSync(join(out, 'c/cb/index.html'), 'utf8')).toContain('<p>B2</p>');
    expect(existsSync(join(out, 'c/cc/index.html'))).toBe(true);
  });

  it('makes only the pages whose stamp changed', async () => {
    const first = await writePages([job({ ca: 'A', cb: 'B' })], new Map());
    made = [];
    const second = await writePages([job({ ca: 'A', cb: 'B' }, { cb: 'B, other related article' })], first.manifest);
    expect(made).toEqual(['cb']);
    // Made again, but the same page: not written.
    expect(second.kinds[0]!.written).toBe(0);
    made = [];
    await writePages([job({ ca: 'A', cb: 'B' }, { cb: 'B, other related article' })], second.manifest);
    expect(made).toEqual([]);
  });

  it('writes plain files as they are, and only those whose stamp and text changed', async () => {
    let texts: string[] = [];
    const files = (version: string, chunks: Record<string, string>): FileJob => ({
      kind: 'search index',
      files: () => Object.entries(chunks).map(([name, text]) => ({ path: `search/${version}/${name}.json`, stamp: version, text: () => (texts.push(name), text) })),
    });
    const first = startWriting(out, new Map());
    first.addFiles(files('v1', { p0: '{"a":[1]}', d0: '{"b":2}' }));
    expect(() => first.addFiles(files('v1', {}))).toThrow('The search index files were queued twice.');
    const { kinds, manifest } = await first.finish();
    expect(kinds.get('search index')).toEqual({ pages: 2, written: 2 });
    expect(readFileSync(join(out, 'search/v1/p0.json'), 'utf8')).toBe('{"a":[1]}');
    expect(manifestFiles(manifest).map((f) => f.path).sort()).toEqual(['search/v1/d0.json', 'search/v1/p0.json']);
    texts = [];
    const again = startWriting(out, manifest);
    again.addFiles(files('v1', { p0: '{"a":[1]}', d0: '{"b":2}' }));
    expect((await again.finish()).kinds.get('search index')).toEqual({ pages: 2, written: 0 });
    expect(texts).toEqual([]);
  });

  it('rewrites every page when the frame changed (a new stylesheet, a new footer)', async () => {
    const first = await writePages([job({ ca: 'A', cb: 'B' })], new Map());
    const changed = job({ ca: 'A', cb: 'B' });
    writeFileSync(join(out, changed.frame), `${FRAME}<footer>neu</footer>`);
    expect((await writePages([changed], first.manifest)).kinds[0]!.written).toBe(2);
    expect(readFileSync(join(out, 'c/ca/index.html'), 'utf8')).toContain('<footer>neu</footer>');
  });

  it('ignores a manifest entry that does not match the file on disk', async () => {
    const manifest: PageManifest = new Map([['c/ca/index.html', 'nothash 1 1']]);
    mkdirSync(join(out, 'c/ca'), { recursive: true });
    writeFileSync(join(out, 'c/ca/index.html'), 'x');
    expect((await writePages([job({ ca: 'A' })], manifest)).kinds[0]!.written).toBe(1);
  });
});

describe('sweepStale', () => {
  it('deletes what this build neither wrote nor vouched for, and the directories left empty', async () => {
    const old = Date.now() / 1000 - 3600;
    const put = (path: string, stale: boolean) => {
      mkdirSync(join(out, path, '..'), { recursive: true });
      writeFileSync(join(out, path), path);
      if (stale) utimesSync(join(out, path), old, old);
    };
    put('articles/old-slug/index.html', true);
    put('c/ca/index.html', true); // unchanged page, vouched for
    put('_astro/Base.old.css', true);
    put('_astro/Base.new.css', false); // written by this build
    const since = Date.now() - 60_000;
    const result = sweepStale(out, listFiles(out), new Set(['c/ca/index.html']), since);
    expect(result).toEqual({ deleted: 2, written: ['_astro/Base.new.css'] });
    expect(existsSync(join(out, 'articles'))).toBe(false);
    expect(existsSync(join(out, 'c/ca/index.html'))).toBe(true);
    expect(existsSync(join(out, '_astro/Base.new.css'))).toBe(true);
    expect(existsSync(join(out, '_astro/Base.old.css'))).toBe(false);
  });
});

describe('inventory', () => {
  it('round-trips the files a build left, and is unknown when missing or damaged', async () => {
    const file = join(out, 'cache/inventory.json');
    expect(readInventory(file)).toBeUndefined();
    saveInventory(file, ['b', 'a', 'b']);
    expect(readInventory(file)).toEqual(['a', 'b']);
    writeFileSync(file, '{');
    expect(readInventory(file)).toBeUndefined();
  });

  it('deletes a page the writer made before and no longer vouches for, however recent', async () => {
    mkdirSync(join(out, 'c/cb'), { recursive: true });
    writeFileSync(join(out, 'c/cb/index.html'), 'B');
    writeFileSync(join(out, 'new.css'), 'fresh');
    const since = Date.now() - 60_000;
    expect(sweepStale(out, ['c/cb/index.html', 'new.css'], new Set(), since, new Set(['c/cb/index.html']))).toEqual({ deleted: 1, written: ['new.css'] });
    expect(existsSync(join(out, 'c'))).toBe(false);
  });

  it('a candidate already gone is neither deleted nor kept', async () => {
    expect(sweepStale(out, ['nowhere.html'], new Set(), Date.now())).toEqual({ deleted: 0, written: [] });
  });
});
