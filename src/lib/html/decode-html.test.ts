import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../content/content-error.ts';
import { decodeHtmlBytes } from './decode-html.ts';

const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`;
const latin1 = (text: string) => Buffer.from(text, 'latin1');
const utf8 = (text: string) => Buffer.from(text, 'utf8');

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('decodeHtmlBytes', () => {
  it('decodes a real page declared ISO-8859-1 as windows-1252, umlauts intact', () => {
    const bytes = readFileSync(new URL('./fixtures/nnz-online.de-Quantensprung.html', import.meta.url));
    const { html, encoding } = decodeHtmlBytes(bytes, 'nnz.html');
    expect(encoding).toBe('windows-1252');
    expect(html).toContain('Login für Vote');
    expect(html).not.toContain('\ufffd');
  });

  it('follows <meta charset> and http-equiv declarations', () => {
    expect(decodeHtmlBytes(latin1(page('<meta charset="iso-8859-1">', 'Straße')), 'a.html')).toMatchObject({ encoding: 'windows-1252', html: expect.stringContaining('Straße') });
    const equiv = page('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">', 'Preis: 5 €');
    const bytes = new Uint8Array([...latin1(equiv.replace('€', '')).subarray(0, equiv.indexOf('€')), 0xa4, ...latin1(equiv.slice(equiv.indexOf('€') + 1))]);
    expect(decodeHtmlBytes(bytes, 'b.html')).toMatchObject({ encoding: 'iso-8859-15', html: expect.stringContaining('5 €') });
  });

  it('trusts the bytes over a wrong declaration: valid UTF-8 stays UTF-8, invalid UTF-8 falls back to windows-1252', () => {
    expect(decodeHtmlBytes(utf8(page('<meta charset="windows-1252">', 'Bürger')), 'a.html')).toMatchObject({ encoding: 'utf-8', html: expect.stringContaining('Bürger') });
    expect(decodeHtmlBytes(latin1(page('<meta charset="utf-8">', 'Bürger')), 'b.html')).toMatchObject({ encoding: 'windows-1252', html: expect.stringContaining('Bürger') });
    expect(decodeHtmlBytes(latin1(page('', 'Bürger')), 'c.html')).toMatchObject({ encoding: 'windows-1252', html: expect.stringContaining('Bürger') });
  });

  it('reads a byte order mark first and drops it', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(page('<meta charset="iso-8859-1">', 'Grüße'))]);
    const { html, encoding } = decodeHtmlBytes(withBom, 'a.html');
    expect(encoding).toBe('utf-8');
    expect(html.startsWith('<!doctype')).toBe(true);
    expect(html).toContain('Grüße');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(page('', 'Grüße'), 'utf16le')]);
    expect(decodeHtmlBytes(utf16, 'b.html')).toMatchObject({ encoding: 'utf-16le', html: expect.stringContaining('Grüße') });
  });

  it('refuses an empty, a binary and an oversized page, naming the file, the limit and the fix', () => {
    expect(errorOf(() => decodeHtmlBytes(new Uint8Array(), 'leer.html'))).toMatchObject({ code: 'empty-file', file: 'leer.html' });
    expect(errorOf(() => decodeHtmlBytes(utf8('  \n '), 'leer.html')).code).toBe('empty-file');
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4, 5, 6]);
    expect(errorOf(() => decodeHtmlBytes(png, 'bild.html')).code).toBe('binary-file');
    const huge = new Uint8Array(20 * 1024 * 1024).fill(0x61);
    const tooLarge = errorOf(() => decodeHtmlBytes(huge, 'riesig.html'));
    expect(tooLarge.code).toBe('too-large');
    expect(tooLarge.message).toContain('riesig.html: The page is 20.0 MB, more than the limit of 10.0 MB');
    expect(tooLarge.fix).toContain('maxArticleBytes');
    expect(errorOf(() => decodeHtmlBytes(utf8(page('', 'x')), 'a.html', { maxBytes: 10 })).code).toBe('too-large');
  });
});
