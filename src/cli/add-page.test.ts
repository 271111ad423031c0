import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempProject } from '../test-support/temp-project.ts';

const BIN = join(REPO_ROOT, 'bin/dossier.mjs');
const FIXTURES = join(REPO_ROOT, 'src/lib/html/fixtures');
/** A real regional news page, ISO-8859-1, and the same page as the browser's copied text. */
const NNZ = join(FIXTURES, 'nnz-online.de-Quantensprung.html');
const NNZ_TEXT = join(FIXTURES, 'nnz-online.de-Quantensprung.txt');

const HOME_PAGE = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Startseite | Beispiel-Zeitung</title></head>
<body><nav><a href="/">Politik</a> <a href="/">Wirtschaft</a> <a href="/">Sport</a></nav><main><h2><a href="/a">Teaser eins</a></h2><h2><a href="/b">Teaser zwei</a></h2></main><footer>Impressum · Datenschutz</footer></body></html>`;

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => {
  project = await tempProject();
});
afterEach(async () => {
  await project.dispose();
});

let server: Server;
let base: string;
beforeAll(async () => {
  const nnz = await readFile(NNZ);
  server = createServer((request, response) => {
    if (request.url === '/artikel') response.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(nnz);
    else if (request.url === '/start') response.writeHead(200, { 'content-type': 'text/html' }).end(HOME_PAGE);
    else response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Nicht gefunden</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** Runs the real CLI in the temp project; asynchronously, so the test's own server can answer it. */
async function dossier(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], { cwd: project.root, encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function articleFiles(): Promise<string[]> {
  return (await readdir(join(project.root, 'content/articles'))).sort();
}

async function newFiles(before: readonly string[]): Promise<string[]> {
  return (await articleFiles()).filter((n) => !before.includes(n));
}

describe('dossier add with saved pages and addresses', () => {
  it('stores a saved page byte for byte as .html with a draft sidecar read from the page', async () => {
    const before = await articleFiles();
    const { code, stdout } = await dossier(['add', NNZ]);
    expect(code).toBe(0);
    const added = await newFiles(before);
    expect(added).toEqual([expect.stringMatching(/^005_[0-9a-f]{16}\.html$/), expect.stringMatching(/^005_[0-9a-f]{16}\.meta\.yaml$/)]);
    const [page, sidecar] = added as [string, string];
    expect((await readFile(join(project.root, 'content/articles', page))).equals(await readFile(NNZ))).toBe(true);
    expect(stdout).toContain('decoded from windows-1252');
    expect(stdout).toContain('set `status: published`');

    const meta = parse(await readFile(join(project.root, 'content/articles', sidecar), 'utf8'));
    expect(meta).toMatchObject({
      status: 'draft',
      outlet: 'nnz-online',
      published: '2023-11-06',
      url: 'https://nnz-online.de/news/news_lang.php?ArtNr=335853',
      origin: { outlet: 'page', published: 'page', url: 'page' },
    });

    // The stored page is an article of the dossier now: its copied text is a duplicate of it.
    const again = await dossier(['add', NNZ_TEXT]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Not added');
    expect(again.stderr).toContain(page);
  });

  it('fetches an address once and records where the page came from', async () => {
    const before = await articleFiles();
    const { code, stderr } = await dossier(['add', `${base}/artikel`]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const sidecar = (await newFiles(before)).find((n) => n.endsWith('.meta.yaml')) as string;
    const text = await readFile(join(project.root, 'content/articles', sidecar), 'utf8');
    expect(text).toContain(`added from ${base}/artikel`);
    expect(parse(text)).toMatchObject({ status: 'draft', outlet: 'nnz-online' });
  });

  it('refuses an address that answers 404, naming it, and leaves content/ unchanged', async () => {
    const before = await articleFiles();
    const { code, stderr } = await dossier(['add', `${base}/weg`]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${base}/weg`);
    expect(stderr).toContain('404');
    expect(await articleFiles()).toEqual(before);
  });

  it('refuses a 20 MB page and a binary file named .html, and leaves content/ unchanged', async () => {
    const before = await articleFiles();
    await project.write('riesig.html', `<html><body><p>${'Wort '.repeat(4 * 1024 * 1024)}</p></body></html>`);
    await project.write('bild.html', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0, 0, 0]));
    const { code, stderr } = await dossier(['add', 'riesig.html', 'bild.html']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/riesig\.html: Not added: the file is 20\.0 MB, more than the limit of 10\.0 MB/);
    expect(stderr).toMatch(/bild\.html: Not added: /);
    expect(await articleFiles()).toEqual(before);
  });

  it('refuses a home page with a reason, and leaves content/ unchanged', async () => {
    const before = await articleFiles();
    await project.write('startseite.htm', HOME_PAGE);
    const file = await dossier(['add', 'startseite.htm']);
    const fetched = await dossier(['add', `${base}/start`]);
    for (const { code, stderr } of [file, fetched]) {
      expect(code).toBe(1);
      expect(stderr).toContain('does not look like an article');
    }
    expect(await articleFiles()).toEqual(before);
  });

  it('adds an article page with little text as a draft, with a warning on screen and in the sidecar', async () => {
    const before = await articleFiles();
    await project.write(
      'kurz.html',
      `<html lang="de"><head><meta property="og:type" content="article"><meta property="og:site_name" content="Beispiel-Zeitung"><title>Kurz</title></head><body><article><h1>Kurzmeldung zum Wetter</h1><p>Morgen regnet es in ganz Norddeutschland, sagt der Wetterdienst. Im Süden bleibt es trocken und mild.</p></article></body></html>`,
    );
    const { code, stdout } = await dossier(['add', 'kurz.html']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/warning: added as a draft, but only \d+ words of article text were found/);
    const sidecar = (await newFiles(before)).find((n) => n.endsWith('.meta.yaml')) as string;
    expect(await readFile(join(project.root, 'content/articles', sidecar), 'utf8')).toContain('# WARNING: only');
  });
});
