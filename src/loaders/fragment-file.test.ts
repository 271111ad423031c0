import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFragmentFile } from './fragment-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-fragments-'));
const file = join(dir, 'cache/parts.txt');
afterEach(() => rmSync(join(dir, 'cache'), { recursive: true, force: true }));

describe('openFragmentFile', () => {
  it('makes each part once, and on the next build only the parts whose key is new', () => {
    const first = openFragmentFile(file);
    expect(first.get('a', () => '{"a":1}')).toBe('{"a":1}');
    expect(first.get('b', () => '{"b":"x\\ty"}')).toBe('{"b":"x\\ty"}');
    first.save();
    const next = openFragmentFile(file);
    expect(next.get('a', () => 'made again')).toBe('{"a":1}');
    expect(next.get('c', () => '{"c":3}')).toBe('{"c":3}');
    expect(next.made()).toBe(1);
    next.save();
    // b was not asked for: dropped.
    expect(readFileSync(file, 'utf8')).toBe('a\t{"a":1}\nc\t{"c":3}\n');
  });

  it('leaves the file alone when every part was reused', () => {
    const first = openFragmentFile(file);
    first.get('a', () => '1');
    first.save();
    utimesSync(file, 1_000_000, 1_000_000);
    const next = openFragmentFile(file);
    expect(next.get('a', () => '2')).toBe('1');
    next.save();
    expect(statSync(file).mtimeMs).toBe(1_000_000_000);
  });

  it('reads a damaged file as far as it makes sense, and makes the rest', () => {
    writeFileSync(join(dir, 'damaged.txt'), 'no tab here\na\t1\n\ttext without key\n');
    const parts = openFragmentFile(join(dir, 'damaged.txt'));
    expect(parts.get('a', () => 'x')).toBe('1');
    expect(parts.get('no tab here', () => 'made')).toBe('made');
  });
});
