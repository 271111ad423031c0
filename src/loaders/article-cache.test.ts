import { mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { cachedName, cacheKey, openArticleCache, readCached } from './article-cache.ts';

const parent = mkdtempSync(join(tmpdir(), 'dossier-cache-'));
const dir = join(parent, 'cache');
afterEach(() => rmSync(dir, { recursive: true, force: true }));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

describe('article cache', () => {
  it('stores each distinct text once per kind under its digest and reads it back', () => {
    const writes: string[] = [];
    const cache = openArticleCache(dir);
    const a = cache.put('<p>A</p>', 'html');
    expect(cache.put('<p>A</p>', 'html')).toBe(a);
    expect(a).toBe(cacheKey('<p>A</p>'));
    const b = cache.put('<p>B</p>', 'html');
    expect(b).not.toBe(a);
    expect(cache.put('<p>A</p>', 'json')).toBe(a);
    expect(readCached(dir, a, 'html')).toBe('<p>A</p>');
    expect(readdirSync(dir).sort()).toEqual([cachedName(a, 'html'), cachedName(a, 'json'), cachedName(b, 'html')].sort());
    // Opened again, it knows what is there and writes nothing twice.
    const again = openArticleCache(dir, (file) => writes.push(file));
    expect(again.has(a, 'json')).toBe(true);
    again.put('<p>B</p>', 'html');
    expect(writes).toEqual([]);
  });

  it('writes through the function it is given', () => {
    const writes: Array<[string, string]> = [];
    const key = openArticleCache(dir, (file, text) => writes.push([file, text])).put('{"a":1}', 'json');
    expect(writes).toEqual([[join(dir, cachedName(key, 'json')), '{"a":1}']]);
  });

  it('knows an entry whose file is gone, and says how to recover when asked for it', () => {
    const key = openArticleCache(dir).put('<p>A</p>', 'html');
    unlinkSync(join(dir, cachedName(key, 'html')));
    const cache = openArticleCache(dir);
    expect(cache.has(key, 'html')).toBe(false);
    expect(cache.has(undefined, 'json')).toBe(false);
    expect(() => readCached(dir, key, 'html')).toThrow(/\.html is missing .*delete Astro's cache/);
  });

  it('prunes what no entry names, by kind', () => {
    const cache = openArticleCache(dir);
    const a = cache.put('{"a":1}', 'json');
    const b = cache.put('<p>B</p>', 'html');
    cache.put('<p>B</p>', 'json');
    cache.prune(new Set([cachedName(b, 'html')]));
    expect(readdirSync(dir)).toEqual([cachedName(b, 'html')]);
    expect(cache.has(a, 'json')).toBe(false);
    expect(cache.has(b, 'html')).toBe(true);
  });
});
