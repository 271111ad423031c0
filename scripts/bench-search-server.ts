/**
 * The benchmark's web server: the built site's files (its search page and
 * scripts exactly as shipped), with the search index replaced by a
 * synthetic dossier's, gzip-compressed as a static host would serve them,
 * counting the compressed bytes of every response. Also serves a bare page
 * for the full-scan fuse.js reference (no CSP, no site script).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml',
};

/** A running server and the bytes it has sent since the last `resetCount`. */
export interface BenchServer {
  origin: string;
  /** Compressed bytes sent since the last reset, and the paths. */
  sent(): { bytes: number; paths: string[] };
  resetCount(): void;
  /** Replaces the search index files (address below the base → content); other content may have changed with it. */
  setIndex(files: ReadonlyMap<string, string>): void;
  close(): Promise<void>;
}

/** Serves `siteDir`, the index set with `setIndex`, and `extra` (address → [content type, content]). */
export async function startBenchServer(siteDir: string, extra: ReadonlyMap<string, [string, string]>): Promise<BenchServer> {
  let index: ReadonlyMap<string, string> = new Map();
  const gzipped = new Map<string, Buffer>();
  let log: { bytes: number; path: string }[] = [];

  async function body(path: string): Promise<{ type: string; data: Buffer } | undefined> {
    const fromIndex = index.get(path.slice(1));
    if (fromIndex !== undefined) return { type: TYPES['.json']!, data: Buffer.from(fromIndex) };
    const added = extra.get(path);
    if (added) return { type: added[0], data: Buffer.from(added[1]) };
    const file = normalize(join(siteDir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(siteDir)) return undefined;
    try {
      return { type: TYPES[extname(file)] ?? 'application/octet-stream', data: await readFile(file) };
    } catch {
      return undefined;
    }
  }

  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const found = await body(path);
    if (!found) {
      response.writeHead(404).end();
      return;
    }
    let data = gzipped.get(path);
    if (!data) gzipped.set(path, (data = gzipSync(found.data)));
    log.push({ bytes: data.length, path });
    response.writeHead(200, { 'Content-Type': found.type, 'Content-Encoding': 'gzip', 'Cache-Control': 'no-cache' });
    response.end(data);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => ({ bytes: log.reduce((n, r) => n + r.bytes, 0), paths: log.map((r) => r.path) }),
    resetCount: () => {
      log = [];
    },
    setIndex: (files) => {
      index = files;
      gzipped.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
