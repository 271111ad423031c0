import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasArticleHtml, pruneArticleHtml, putArticleHtml, readArticleHtml } from './article-html-cache.ts';

const dir = join(mkdtempSync(join(tmpdir(), 'dossier-html-')), 'cache');
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('article HTML cache', () => {
  it('stores each distinct HTML once under its digest and reads it back', () => {
    const a = putArticleHtml(dir, '<p>A</p>');
    expect(putArticleHtml(dir, '<p>A</p>')).toBe(a);
    const b = putArticleHtml(dir, '<p>B</p>');
    expect(b).not.toBe(a);
    expect(readArticleHtml(dir, a)).toBe('<p>A</p>');
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('knows an entry whose HTML is gone, and says how to recover when asked for it', () => {
    expect(hasArticleHtml(dir, 'nope')).toBe(false);
    expect(hasArticleHtml(dir, undefined)).toBe(false);
    expect(() => readArticleHtml(dir, 'nope')).toThrow(/delete Astro's cache/);
  });

  it('prunes what no entry names', () => {
    const a = putArticleHtml(dir, '<p>A</p>');
    const b = putArticleHtml(dir, '<p>B</p>');
    pruneArticleHtml(dir, new Set([b]));
    expect(hasArticleHtml(dir, a)).toBe(false);
    expect(readArticleHtml(dir, b)).toBe('<p>B</p>');
  });
});
