import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openFragmentFile } from './fragment-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-fragments-'));
const file = join(dir, 'cache/parts.txt');
afterEach(() => rmSync(join(dir, 'cache'), { recursive: true, force: true }));

const text = (part: Buffer) => part.toString('utf8');

describe('openFragmentFile', () => {
  it('makes each part once, and on the next build only the parts whose key is new', () => {
    const first = openFragmentFile(file);
    expect(text(first.get('a', () => '{"a":"ä"}'))).toBe('{"a":"ä"}');
    expect(text(first.get('b', () => '{"b":"x\\ty"}'))).toBe('{"b":"x\\ty"}');
    first.save();
    const next = openFragmentFile(file);
    expect(text(next.get('a', () => 'made again'))).toBe('{"a":"ä"}');
    expect(text(next.get('c', () => '{"c":3}'))).toBe('{"c":3}');
    next.save();
    // Appended; b, no longer asked for, stays until it outweighs the parts in use.
    expect(readFileSync(file, 'utf8')).toBe('a\t{"a":"ä"}\nb\t{"b":"x\\ty"}\nc\t{"c":3}\n');
    expect(text(openFragmentFile(file).get('c', () => 'made again'))).toBe('{"c":3}');
  });

  it('writes the file anew once unused parts outweigh the used ones', () => {
    const first = openFragmentFile(file);
    first.get('old', () => '"a long part no later build asks for"');
    first.get('kept', () => '1');
    first.save();
    const next = openFragmentFile(file);
    next.get('kept', () => 'made again');
    next.save();
    expect(readFileSync(file, 'utf8')).toBe('kept\t1\n');
  });

  it('leaves the file alone when every part was reused', () => {
    const first = openFragmentFile(file);
    first.get('a', () => '1');
    first.save();
    utimesSync(file, 1_000_000, 1_000_000);
    const next = openFragmentFile(file);
    expect(text(next.get('a', () => '2'))).toBe('1');
    next.save();
    expect(statSync(file).mtimeMs).toBe(1_000_000_000);
  });

  it('reads a damaged file as far as it makes sense, and makes the rest', () => {
    writeFileSync(join(dir, 'damaged.txt'), 'no tab here\na\t1\n\ttext without key\n');
    appendFileSync(join(dir, 'damaged.txt'), 'cut\t{"short');
    const parts = openFragmentFile(join(dir, 'damaged.txt'));
    expect(text(parts.get('a', () => 'x'))).toBe('1');
    expect(text(parts.get('no tab here', () => 'made'))).toBe('made');
    expect(text(parts.get('cut', () => '"whole"'))).toBe('"whole"');
    parts.save();
    // Written anew, not appended to the cut line.
    expect(readFileSync(join(dir, 'damaged.txt'), 'utf8')).toBe('a\t1\nno tab here\tmade\ncut\t"whole"\n');
  });
});
