import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/content-error.ts';
import { SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import { decodeBytes, DEFAULT_MAX_ARTICLE_BYTES } from './decode-bytes.ts';

const GERMAN = 'Grüße aus München: Der Bürgermeister eröffnet die Straße.\n';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (const unit of Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))) {
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

function rejection(bytes: Uint8Array, options = {}): ContentError {
  try {
    decodeBytes(bytes, 'content/articles/x.txt', options);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected decodeBytes to reject');
}

describe('decodeBytes', () => {
  it('decodes every seed as UTF-8, unchanged', async () => {
    for (const name of await seedNames()) {
      const bytes = await readFile(join(SEED_ROOT, 'content/articles', name));
      const decoded = decodeBytes(bytes, name);
      expect(decoded.encoding).toBe('utf-8');
      expect(Buffer.from(decoded.text, 'utf8').equals(bytes)).toBe(true);
    }
  });

  it('strips a UTF-8 BOM and records it', () => {
    const decoded = decodeBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from(GERMAN)]), 'x.txt');
    expect(decoded).toEqual({ text: GERMAN, encoding: 'utf-8-bom' });
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    expect(decodeBytes(utf16(GERMAN, 'le', true), 'x.txt')).toEqual({ text: GERMAN, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(GERMAN, 'be', true), 'x.txt')).toEqual({ text: GERMAN, encoding: 'utf-16be' });
  });

  it('recognises BOM-less UTF-16 by its NUL bytes', () => {
    expect(decodeBytes(utf16(GERMAN, 'le', false), 'x.txt')).toEqual({ text: GERMAN, encoding: 'utf-16le' });
    expect(decodeBytes(utf16(GERMAN, 'be', false), 'x.txt')).toEqual({ text: GERMAN, encoding: 'utf-16be' });
  });

  it('falls back to Windows-1252 for umlauts that are not UTF-8', () => {
    // Umlauts and ß are Latin-1 code points; € and – have Windows-1252's own bytes.
    const text = 'Grüße – 5 € für die Straße\n';
    const cp1252 = Uint8Array.from(Array.from(text, (ch) => ({ '–': 0x96, '€': 0x80 })[ch] ?? ch.charCodeAt(0)));
    expect(decodeBytes(cp1252, 'x.txt')).toEqual({ text, encoding: 'windows-1252' });
  });

  it('keeps CRLF line ends and NBSP exactly', () => {
    const text = 'Titel\r\n\r\nErster\u00a0Absatz.\r\n';
    expect(decodeBytes(Buffer.from(text), 'x.txt').text).toBe(text);
  });

  it('rejects an empty or whitespace-only file, naming the file and a fix', () => {
    for (const bytes of [new Uint8Array(), Buffer.from(' \r\n\t\u00a0\n'), Uint8Array.from([0xef, 0xbb, 0xbf])]) {
      const error = rejection(bytes);
      expect(error.code).toBe('empty-file');
      expect(error.message).toContain('content/articles/x.txt');
      expect(error.fix).toMatch(/paste|delete/i);
      expect(error.toProblem()).toMatchObject({ file: 'content/articles/x.txt', severity: 'error', code: 'empty-file' });
    }
  });

  it('rejects binary files: NUL bytes or many control characters', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
    expect(rejection(png).code).toBe('binary-file');
    const controls = Buffer.from('Text\u0001\u0002\u0003\u0004\u0005\u0006 mehr');
    const error = rejection(controls);
    expect(error.code).toBe('binary-file');
    expect(error.fix).toMatch(/plain \.txt/);
  });

  it('accepts a stray control character in otherwise normal text', () => {
    const text = `${'Ein ganz normaler Absatz mit Inhalt. '.repeat(20)}\u000b\n`;
    expect(decodeBytes(Buffer.from(text), 'x.txt').text).toBe(text);
  });

  it('rejects a 5 MB file as too large, pointing at maxArticleBytes', () => {
    const big = Buffer.alloc(5 * 1024 * 1024, 'Ein Satz. ');
    const error = rejection(big);
    expect(error.code).toBe('too-large');
    expect(error.detail).toContain('5.0 MB');
    expect(error.detail).toContain('is this really one article?');
    expect(error.fix).toContain('`maxArticleBytes` in content/dossier.yaml');
    expect(decodeBytes(big, 'x.txt', { maxBytes: 6 * 1024 * 1024 }).text.length).toBe(big.length);
    expect(DEFAULT_MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
  });

  it('rejects UTF-16 with a BOM but an odd number of bytes', () => {
    const bytes = Uint8Array.from([...utf16('Hallo Welt', 'le', true), 0x41]);
    expect(rejection(bytes).code).toBe('bad-encoding');
  });
});
