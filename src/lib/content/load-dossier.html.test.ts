import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempProject } from '../../test-support/temp-project.ts';
import { loadDossier } from './load-dossier.ts';

/** A real regional news page, saved as ISO-8859-1 (from the development set). */
const PAGE = join(REPO_ROOT, 'src/lib/html/fixtures/nnz-online.de-Quantensprung.html');
const NAME = 'content/articles/005_00aa11bb22cc33dd';
const SIDECAR = `status: draft
outlet: "nnz-online"
published: "2023-11-06"
url: "https://nnz-online.de/news/news_lang.php?ArtNr=335853"
origin: { outlet: page, published: page, url: page }
`;

let project: Awaited<ReturnType<typeof tempProject>>;
beforeEach(async () => {
  project = await tempProject();
});
afterEach(async () => {
  await project.dispose();
});

describe('loadDossier with a saved page', () => {
  it('reads the page by its own charset, cleans its markup and keeps the page’s provenance', async () => {
    const bytes = await readFile(PAGE);
    await project.write(`${NAME}.html`, bytes);
    await project.write(`${NAME}.meta.yaml`, SIDECAR);

    const dossier = await loadDossier(project.root);
    const article = dossier.articles.find((a) => a.file === `${NAME}.html`);
    expect(article).toBeDefined();
    if (!article) return;
    expect(dossier.problems.filter((p) => p.file.startsWith(NAME) && p.severity === 'error')).toEqual([]);
    expect(article).toMatchObject({ format: 'html', encoding: 'windows-1252', outlet: { value: 'nnz-online', source: 'page' }, published: { value: '2023-11-06', source: 'page' } });
    // The source is the page's visible text, decoded: no markup, umlauts intact.
    expect(article.source).toContain('Ein Quantensprung für Nordhausen Nord');
    expect(article.source).not.toMatch(/<(?:div|script|p)\b/);
    expect(article.cleaned.blocks.length).toBeGreaterThan(0);
    expect(article.cleaned.blocks.map((b) => b.text).join(' ')).toContain('Nordpark');
    // Nothing lost: every removal is its span of the source, with a reason.
    for (const removal of article.cleaned.removed) {
      expect(removal.text).toBe(article.source.slice(removal.start, removal.end));
      expect(removal.reason.length).toBeGreaterThan(0);
    }
    expect(article.cleaned.removed.length).toBeGreaterThan(0);
    expect(article.slug).not.toMatch(/html/);
    // The raw page is never rewritten.
    expect((await readFile(join(project.root, `${NAME}.html`))).equals(bytes)).toBe(true);
  });

  it('finds the text copied from the same page a duplicate of the saved page', async () => {
    await project.write(`${NAME}.html`, await readFile(PAGE));
    await project.write(`${NAME}.meta.yaml`, SIDECAR);
    // The same page copied from the browser (select all, copy), as the development set has it.
    await project.write('content/articles/006_00aa11bb22cc33ee.txt', await readFile(PAGE.replace(/\.html$/, '.txt')));
    await project.write('content/articles/006_00aa11bb22cc33ee.meta.yaml', 'outlet: nnz-online\n');

    const { problems } = await loadDossier(project.root);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'duplicate-article', file: 'content/articles/006_00aa11bb22cc33ee.txt' }));
  });

  it('reports a sidecar whose page is gone, naming both forms the article could have', async () => {
    await project.write(`${NAME}.meta.yaml`, SIDECAR);
    const { problems } = await loadDossier(project.root);
    expect(problems).toContainEqual(expect.objectContaining({ code: 'orphan-metadata', message: expect.stringContaining('005_00aa11bb22cc33dd.html') }));
  });
});

