import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cachedName, cacheKey, hasCached, pruneArticleCache, putCached, readCached } from './article-cache.ts';

const parent = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
const dir = join(parent, 'cache');
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('article cache', () => {
  it('stores each distinct text once per kind under its digest and reads it back', () => {
    const a = putCached(dir, '<p>A</p>', 'html');
    expect(putCached(dir, '<p>A</p>', 'html')).toBe(a);
    expect(a).toBe(cacheKey('<p>A</p>'));
    const b = putCached(dir, '<p>B</p>', 'html');
    expect(b).not.toBe(a);
    expect(putCached(dir, '<p>A</p>', 'json')).toBe(a);
    expect(readCached(dir, a, 'html')).toBe('<p>A</p>');
    expect(readdirSync(dir).sort()).toEqual([cachedName(a, 'html'), cachedName(a, 'json'), cachedName(b, 'html')].sort());
  });

  it('knows an entry whose file is gone, and says how to recover when asked for it', () => {
    expect(hasCached(dir, 'nope', 'html')).toBe(false);
    expect(hasCached(dir, undefined, 'json')).toBe(false);
    expect(() => readCached(dir, 'nope', 'json')).toThrow(/nope\.json is missing .*delete Astro's cache/);
  });

  it('prunes what no entry names, by kind', () => {
    const a = putCached(dir, '{"a":1}', 'json');
    const b = putCached(dir, '<p>B</p>', 'html');
    putCached(dir, '<p>B</p>', 'json');
    pruneArticleCache(dir, new Set([cachedName(b, 'html')]));
    expect(hasCached(dir, a, 'json')).toBe(false);
    expect(hasCached(dir, b, 'json')).toBe(false);
    expect(readCached(dir, b, 'html')).toBe('<p>B</p>');
  });
});
