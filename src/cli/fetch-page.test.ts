import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentError } from '../lib/content/content-error.ts';
import { fetchPage, isWebAddress } from './fetch-page.ts';

const PAGE = '<!DOCTYPE html><html lang="de"><head><meta charset="windows-1252"><title>Bär</title></head><body><p>Grüße</p></body></html>';
const PAGE_BYTES = Buffer.from(PAGE, 'latin1');

/** A local server with one route per failure a real site can have. */
let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    switch (request.url) {
      case '/artikel':
        response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE_BYTES);
        break;
      case '/umgezogen':
        response.writeHead(301, { location: '/artikel' }).end();
        break;
      case '/fehlt':
        response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Nicht gefunden</h1>');
        break;
      case '/pdf':
        response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4');
        break;
      case '/riesig':
        // No Content-Length: the limit must hold while streaming.
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        for (let i = 0; i < 64; i++) response.write('x'.repeat(1024));
        response.end();
        break;
      case '/langsam':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<html>');
        setTimeout(() => response.end('</html>'), 2_000);
        break;
      default:
        response.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** The ContentError a fetch fails with. */
async function failure(path: string, options: { timeoutMs?: number; maxBytes?: number } = {}): Promise<ContentError> {
  const error = await fetchPage(`${base}${path}`, { maxBytes: 1_000_000, ...options }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ContentError);
  return error as ContentError;
}

describe('fetchPage', () => {
  it('returns the body byte for byte, whatever its encoding', async () => {
    const page = await fetchPage(`${base}/artikel`, { maxBytes: 1_000_000 });
    expect(Buffer.from(page.bytes).equals(PAGE_BYTES)).toBe(true);
    expect(page.url).toBe(`${base}/artikel`);
  });

  it('follows a redirect and reports where it ended', async () => {
    const page = await fetchPage(`${base}/umgezogen`, { maxBytes: 1_000_000 });
    expect(page.url).toBe(`${base}/artikel`);
  });

  it('names the status of a missing page and what to do', async () => {
    const error = await failure('/fehlt');
    expect(error.code).toBe('http-error');
    expect(error.file).toBe(`${base}/fehlt`);
    expect(error.detail).toContain('404');
    expect(error.fix).toContain('Check the address');
  });

  it('refuses what is not a web page', async () => {
    const error = await failure('/pdf');
    expect(error.code).toBe('not-html');
    expect(error.detail).toContain('application/pdf');
  });

  it('refuses a page over the size limit while it streams', async () => {
    const error = await failure('/riesig', { maxBytes: 16 * 1024 });
    expect(error.code).toBe('too-large');
  });

  it('gives up on a server that does not finish in time', async () => {
    const started = performance.now();
    const error = await failure('/langsam', { timeoutMs: 300 });
    expect(error.code).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(1_500);
  });

  it('says when nothing answers at the address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = (await fetchPage(`http://127.0.0.1:${port}/`, { maxBytes: 1000 }).catch((e: unknown) => e)) as ContentError;
    expect(error.code).toBe('fetch-failed');
    expect(error.detail).toContain('refused');
  });
});

describe('isWebAddress', () => {
  it('tells addresses from file names', () => {
    expect(isWebAddress('https://www.tagesschau.de/x.html')).toBe(true);
    expect(isWebAddress('HTTP://x.example')).toBe(true);
    expect(isWebAddress('seite.html')).toBe(false);
    expect(isWebAddress('ftp://x.example')).toBe(false);
  });
});
