import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroPrerenderer, RouteData } from 'astro';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { html } from '../lib/render/html.ts';
import { FRAME_TOKENS as T } from '../lib/render/page-frame.ts';
import { emptyLedger } from '../lib/claims/claim-ledger.ts';
import { handOverSync, queueFiles, queuePages, type BuildFacts } from '../build/handover.ts';
import { pageWriter, type PageWriter } from './page-writer.ts';
import type { OutputFile } from './write-pages.ts';

const root = mkdtempSync(join(tmpdir(), 'dossier-writer-'));
const out = join(root, 'dist');
afterEach(() => rmSync(root, { recursive: true, force: true }));

const FRAME = `<title>${T.title}</title><meta content="${T.description}"><meta content="${T.ogType}"><link href="/${T.canonical}"><main>${T.main}</main>`;
const dir = (path: string) => pathToFileURL(join(root, path) + '/');

/** A page writer, configured as `astro build` does. */
function configured(): PageWriter {
  const writer = pageWriter();
  writer.setup('build', () => undefined);
  writer.configure({ cacheDir: dir('cache'), publicDir: dir('public'), outDir: dir('dist') });
  return writer;
}

/** The content sync's counts, handed over as the sync hands them over. */
function noteBuildFacts(facts: BuildFacts): void {
  handOverSync({ ledger: { version: 'absent', ledger: emptyLedger() }, details: new Map(), toWrite: undefined, facts });
}

/** What `finish` returned last: every file of the output. */
let output: OutputFile[] = [];

/** Queues claim pages with these texts, as the claim route does. */
function queueClaims(texts: Record<string, string>): void {
  queuePages({
    kind: 'claim',
    frame: 'c/_frame/index.html',
    pages: () => Object.entries(texts).map(([id, text]) => ({ path: `c/${id}/`, stamp: text, document: () => ({ title: id, description: 'd', ogType: 'article' as const, main: html`<p>${text}</p>` }) })),
  });
}

/** Astro's last steps: the frame and the home page are on disk, then the build is done. */
async function finish(writer: PageWriter, frame = FRAME): Promise<string[]> {
  const lines: string[] = [];
  mkdirSync(join(out, 'c/_frame'), { recursive: true });
  writeFileSync(join(out, 'c/_frame/index.html'), frame);
  writeFileSync(join(out, 'index.html'), 'home');
  const files = await writer.finish(
    new Map([['/', [pathToFileURL(join(out, 'index.html'))]], ['/c/[id]', [pathToFileURL(join(out, 'c/_frame/index.html'))]]]),
    { info: (line: string) => lines.push(line) },
  );
  output = files;
  return lines;
}

/** Runs the page writer's steps as `astro build` would, with a frame and claim pages queued. */
async function build(texts: Record<string, string>): Promise<string[]> {
  const writer = configured();
  writer.start(undefined);
  queueClaims(texts);
  noteBuildFacts({ articles: 1, claims: Object.keys(texts).length, entities: 3, warnings: 0 });
  return finish(writer);
}

describe('pageWriter', () => {
  it('writes the queued pages, publishes the output for later steps and sums the build up', async () => {
    const lines = await build({ ca: 'A', cb: 'B' });
    expect(readFileSync(join(out, 'c/cb/index.html'), 'utf8')).toBe('<title>cb</title><meta content="d"><meta content="article"><link href="/c/cb/"><main><p>B</p></main>');
    expect(existsSync(join(out, 'c/_frame'))).toBe(false);
    expect(output.map((f) => f.path).sort()).toEqual(['c/ca/index.html', 'c/cb/index.html', 'index.html']);
    expect(lines).toEqual([
      expect.stringMatching(/^2 pages \(2 claim\): 2 written, 0 unchanged; 0 stale files removed, in \d+\.\d s$/),
      'Dossier built: 1 article, 2 claims, 3 entities named, 0 warnings; 3 pages (2 from frames) in 3 files',
    ]);
  });

  it('says how many drafts the build left out', async () => {
    const writer = configured();
    writer.start(undefined);
    queueClaims({ ca: 'A' });
    noteBuildFacts({ articles: 1, drafts: 2, claims: 1, entities: 0, warnings: 0 });
    expect((await finish(writer)).at(-1)).toMatch(/^Dossier built: 1 article \(2 drafts left out\), 1 claim, 0 entities named, 0 warnings; /);
  });

  it('on the next build leaves unchanged pages alone and removes the pages no longer made', async () => {
    await build({ ca: 'A', cb: 'B' });
    const lines = await build({ ca: 'A' });
    expect(lines[0]).toMatch(/^1 page \(1 claim\): 0 written, 1 unchanged; 1 stale file removed/);
    expect(existsSync(join(out, 'c/cb'))).toBe(false);
    expect(readFileSync(join(out, 'c/ca/index.html'), 'utf8')).toContain('<p>A</p>');
  });

  it('keeps a page Astro kept from the last build (its incremental build), however old', async () => {
    await build({ ca: 'A' });
    utimesSync(join(out, 'index.html'), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
    const writer = configured();
    writer.start(undefined);
    queueClaims({ ca: 'A' });
    mkdirSync(join(out, 'c/_frame'), { recursive: true });
    writeFileSync(join(out, 'c/_frame/index.html'), FRAME);
    // Astro lists the kept page among its output without writing it again.
    const lines: string[] = [];
    await writer.finish(new Map([['/', [pathToFileURL(join(out, 'index.html'))]], ['/c/[id]', [pathToFileURL(join(out, 'c/_frame/index.html'))]]]), {
      info: (line: string) => lines.push(line),
    });
    expect(lines[0]).toMatch(/; 0 stale files removed/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('home');
  });

  it('writes the files a route queues while Astro renders, and sweeps them once no route queues them', async () => {
    const writer = configured();
    writer.start(undefined);
    queueClaims({ ca: 'A' });
    queueFiles({ kind: 'search index', files: () => [{ path: 'search/v1/p0.json', stamp: 'v1', text: () => '{"k":[1]}' }] });
    // Written as soon as queued, before the build is done.
    await vi.waitFor(() => expect(existsSync(join(out, 'search/v1/p0.json'))).toBe(true));
    const lines = await finish(writer);
    expect(lines[0]).toMatch(/^1 page \(1 claim\): 1 written, 0 unchanged; 1 search index file, 1 written; 0 stale files removed/);
    expect(output.find((f) => f.path === 'search/v1/p0.json')).toMatchObject({ digest: expect.any(String), bytes: 9 });
    await build({ ca: 'A' });
    expect(existsSync(join(out, 'search'))).toBe(false);
  });

  it('without an inventory, sweeps an output it did not find empty', async () => {
    mkdirSync(join(out, 'articles/old-slug'), { recursive: true });
    writeFileSync(join(out, 'articles/old-slug/index.html'), 'from a build before the cache was deleted');
    utimesSync(join(out, 'articles/old-slug/index.html'), Date.now() / 1000 - 3600, Date.now() / 1000 - 3600);
    const lines = await build({ ca: 'A' });
    expect(lines[0]).toMatch(/; 1 stale file removed/);
    expect(existsSync(join(out, 'articles'))).toBe(false);
  });

  it('has Astro render the frames first, and writes their pages while Astro renders the rest', async () => {
    const writer = configured();
    const rendered = FRAME.replace('<main>', '<main class="rendered">');
    const route = {} as RouteData;
    const astro: AstroPrerenderer = {
      name: 'astro:default',
      getStaticPaths: async () => [{ pathname: '/', route }, { pathname: '/c/_frame/', route }],
      render: async (request) => new Response(new URL(request.url).pathname === '/c/_frame/' ? rendered : 'home'),
    };
    let prerenderer: AstroPrerenderer | undefined;
    writer.start((make) => (prerenderer = make(astro)));
    queueClaims({ ca: 'A' });
    expect((await prerenderer!.getStaticPaths()).map((path) => path.pathname)).toEqual(['/c/_frame/', '/']);
    const response = await prerenderer!.render(new Request('http://localhost/c/_frame/'), { routeData: route });
    expect(await (response as Response).text()).toBe(rendered); // Astro still writes the frame it rendered
    await vi.waitFor(() => expect(existsSync(join(out, 'c/ca/index.html'))).toBe(true));
    await finish(writer, 'a frame on disk that must not be read');
    expect(readFileSync(join(out, 'c/ca/index.html'), 'utf8')).toContain('<main class="rendered"><p>A</p></main>');
    expect(existsSync(join(out, 'c/_frame'))).toBe(false);
  });
});
