import { describe, expect, it } from 'vitest';
import type { Paragraph } from 'mdast';
import type { Block } from '../clean/types.ts';
import { blocksToMdast, renderArticleHtml } from './article-html.ts';

const block = (kind: Block['kind'], text: string): Block => ({ kind, text, start: 0, end: text.length });

describe('renderArticleHtml', () => {
  it('renders subheadings as h2 and the rest as paragraphs, in order', async () => {
    const html = await renderArticleHtml([
      block('paragraph', 'Erster Absatz.'),
      block('heading', 'Moskau fordert Sicherheitsgarantien'),
      block('paragraph', 'Zweiter Absatz.'),
    ]);
    expect(html).toBe(
      '<p>Erster Absatz.</p>\n<h2>Moskau fordert Sicherheitsgarantien</h2>\n<p>Zweiter Absatz.</p>',
    );
  });

  it('renders a run of list items as one list and a run of quoted blocks as one block quote', async () => {
    const html = await renderArticleHtml([
      block('paragraph', 'Die Zutaten:'),
      block('item', '6 mittelgroße Eier'),
      block('item', '250 g Zucker'),
      block('quote', 'Wir fordern Sicherheitsgarantien.'),
      block('quote', 'Und zwar sofort.'),
      block('item', 'Ein neuer Punkt'),
    ]);
    expect(html).toBe(
      '<p>Die Zutaten:</p>\n<ul>\n<li>6 mittelgroße Eier</li>\n<li>250 g Zucker</li>\n</ul>\n' +
        '<blockquote>\n<p>Wir fordern Sicherheitsgarantien.</p>\n<p>Und zwar sofort.</p>\n</blockquote>\n' +
        '<ul>\n<li>Ein neuer Punkt</li>\n</ul>',
    );
  });

  it('escapes markup in the text instead of passing it through', async () => {
    const html = await renderArticleHtml([
      block('heading', '<script>alert(1)</script>'),
      block('paragraph', 'a < b & "c" <img src=x onerror=alert(1)>'),
    ]);
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
    expect(html).toContain('a &#x3C; b &#x26; "c" &#x3C;img src=x onerror=alert(1)>');
  });

  it('does not read Markdown syntax in the text', async () => {
    const html = await renderArticleHtml([block('paragraph', '# kein Titel *nicht kursiv* [kein](link)')]);
    expect(html).toBe('<p># kein Titel *nicht kursiv* [kein](link)</p>');
  });

  it('renders no blocks as an empty fragment', async () => {
    expect(await renderArticleHtml([])).toBe('');
  });

  it('runs the given rehype plugins on the tree', async () => {
    const markParagraphs = () => (tree: { children: Array<{ type: string; properties?: Record<string, unknown> }> }) => {
      for (const node of tree.children) if (node.type === 'element') node.properties = { className: ['marked'] };
    };
    const html = await renderArticleHtml([block('paragraph', 'x')], { rehypePlugins: [markParagraphs] });
    expect(html).toBe('<p class="marked">x</p>');
  });
});

describe('blocksToMdast', () => {
  it('only ever creates text nodes for content', () => {
    const tree = blocksToMdast([block('paragraph', '<b>x</b>'), block('heading', 'y')]);
    const leafTypes = tree.children.flatMap((node) =>
      'children' in node ? node.children.map((child: { type: string }) => child.type) : [],
    );
    expect(leafTypes).toEqual(['text', 'text']);
  });
});

describe('claims in the reading text', () => {
  const text = 'Er sagte: „<script>alert(1)</script>“. Dann ging er.';
  const claims = [
    { id: 'c0000000001', block: 0, start: 0, end: 38, text: text.slice(0, 38), aliases: ['c00000000zz'] },
    { id: 'c0000000002', block: 0, start: 39, end: 52, text: text.slice(39), aliases: [] },
  ];
  const markup = { claims, claimPath: (id: string) => `/d/c/${id}/`, linkLabel: 'Link zu dieser Aussage' };

  it('wraps each sentence in a span with its id, old ids as empty anchors, and a labelled permalink', async () => {
    const html = await renderArticleHtml([block('heading', 'Zwischentitel'), { ...block('paragraph', text) }], {
      claims: { ...markup, claims: claims.map((c) => ({ ...c, block: 1 })) },
    });
    expect(html).toContain('<h2>Zwischentitel</h2>');
    // The permalink follows the sentence with no space of its own: claims.css lays it over the gap.
    expect(html).toContain('<span id="c0000000001" class="claim"><span id="c00000000zz" class="claim-alias"></span>Er sagte: „&#x3C;script>alert(1)&#x3C;/script>“.<a ');
    expect(html).toContain('<a href="/d/c/c0000000001/" class="claim-link" aria-label="Link zu dieser Aussage" data-claim="c0000000001">#</a></span> <span id="c0000000002" class="claim">Dann ging er.');
    expect(html).not.toContain('<script>');
  });

  it('percent-encodes the permalink as remark-rehype does any link (a base path with a space or an umlaut)', async () => {
    const html = await renderArticleHtml([block('paragraph', text)], { claims: { ...markup, claimPath: (id) => `/Dossier Ü/c/${id}/` } });
    expect(html).toContain('<a href="/Dossier%20%C3%9C/c/c0000000001/" class="claim-link"');
  });

  it('keeps the paragraph text whole: claims and the spaces between them', () => {
    const tree = blocksToMdast([block('paragraph', text)], markup);
    const paragraph = tree.children[0] as Paragraph;
    const sentences = paragraph.children.map((n) => (n.type === 'text' ? n.value : n.type === 'dossierClaim' ? n.claim.text : '')).join('');
    expect(sentences).toBe(text);
  });
});
