import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import type { Block } from '../clean/types.ts';
import { compileEntityMatcher } from '../entities/entity-matcher.ts';
import type { Entity } from '../entities/entity.ts';
import { renderArticleHtml } from './article-html.ts';
import { rehypeEntityLinks } from './rehype-entity-links.ts';

const entity = (id: string, name: string, aliases: string[] = [], contextual: string[] = []): Entity => ({
  id,
  name,
  type: 'person',
  description: '…',
  aliases,
  contextual,
});
const entities = {
  matcher: compileEntityMatcher([
    entity('peskov', 'Dmitri Peskow', ['Peskow'], ['Kreml-Sprecher']),
    entity('kremlin', 'Kreml'),
    entity('at', 'A&T', ['<b>']),
  ]),
  href: (id: string) => `/d/entities/${id}/`,
};
const paragraph = (text: string): Block => ({ kind: 'paragraph', text, start: 0, end: text.length });

describe('rehypeEntityLinks', () => {
  it('links each mention quietly inside its claim span, next to the permalink, never splitting the span', async () => {
    const text = 'Der Kreml schwieg. Peskow sagte nichts.';
    const claims = [
      { id: 'c0000000001', block: 0, start: 0, end: 18, text: 'Der Kreml schwieg.', aliases: [] },
      { id: 'c0000000002', block: 0, start: 19, end: 39, text: 'Peskow sagte nichts.', aliases: [] },
    ];
    const html = await renderArticleHtml([paragraph(text)], {
      claims: { claims, claimPath: (id) => `/d/c/${id}/`, linkLabel: 'Link' },
      entities,
    });
    expect(html).toBe(
      '<p><span id="c0000000001" class="claim">Der <a href="/d/entities/kremlin/" class="entity">Kreml</a> schwieg.' +
        '<a href="/d/c/c0000000001/" class="claim-link" aria-label="Link" data-claim="c0000000001">#</a></span> ' +
        '<span id="c0000000002" class="claim"><a href="/d/entities/peskov/" class="entity">Peskow</a> sagte nichts.' +
        '<a href="/d/c/c0000000002/" class="claim-link" aria-label="Link" data-claim="c0000000002">#</a></span></p>',
    );
  });

  it('escapes the text around and inside the links', async () => {
    const html = await renderArticleHtml([paragraph('<b> & A&T <script>')], { entities });
    expect(html).toBe(
      '<p><a href="/d/entities/at/" class="entity">&#x3C;b></a> &#x26; <a href="/d/entities/at/" class="entity">A&#x26;T</a> &#x3C;script></p>',
    );
  });

  it('never links inside another link', async () => {
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [
            { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: 'Kreml' }] },
            { type: 'text', value: ' und Kreml' },
          ],
        },
      ],
    };
    const processor = unified().use(rehypeEntityLinks, entities).use(rehypeStringify);
    expect(processor.stringify((await processor.run(tree)) as Root)).toBe('<p><a href="/x/">Kreml</a> und <a href="/d/entities/kremlin/" class="entity">Kreml</a></p>');
  });

  it('treats the whole article as one document for contextual titles, headings included', async () => {
    const html = await renderArticleHtml(
      [{ kind: 'heading', text: 'Was Peskow sagt', start: 0, end: 15 }, paragraph('Der Kreml-Sprecher schwieg.')],
      { entities },
    );
    expect(html).toBe(
      '<h2>Was <a href="/d/entities/peskov/" class="entity">Peskow</a> sagt</h2>\n<p>Der <a href="/d/entities/peskov/" class="entity">Kreml-Sprecher</a> schwieg.</p>',
    );
  });

  it('leaves a text without mentions as it was', async () => {
    expect(await renderArticleHtml([paragraph('Nichts zu verlinken.')], { entities })).toBe('<p>Nichts zu verlinken.</p>');
  });
});
