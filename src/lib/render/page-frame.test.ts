import { describe, expect, it } from 'vitest';
import { html } from './html.ts';
import { compileFrame, fillFrame, FRAME_TOKENS as T } from './page-frame.ts';

// The shape Base.astro gives a frame: every placeholder, some twice.
const FRAME =
  `<html><head><title>${T.title} – Dossier</title><meta name="description" content="${T.description}">` +
  `<link rel="canonical" href="https://example.org/d/${T.canonical}"><meta property="og:type" content="${T.ogType}">` +
  `<meta property="og:title" content="${T.title}"><meta property="og:url" content="https://example.org/d/${T.canonical}">` +
  `<meta property="article:published_time" content="${T.published}">${T.head}</head><body><main>${T.main}</main></body></html>`;

const page = {
  title: 'Er sagte: "<b>Nein</b>" & ging',
  description: 'SeaPRwire · 12. März 2025',
  ogType: 'article' as const,
  main: html`<p>${'<script>alert(1)</script>'}</p>`,
};

describe('page frames', () => {
  it('fills every placeholder, escaping text values and inserting markup as it is', () => {
    const out = fillFrame(compileFrame(FRAME, 'frame.html'), { ...page, published: '2025-03-12', head: html`<meta name="twitter:card" content="summary">` }, 'c/cabc/');
    expect(out).toBe(
      '<html><head><title>Er sagte: &quot;&lt;b&gt;Nein&lt;/b&gt;&quot; &amp; ging – Dossier</title><meta name="description" content="SeaPRwire · 12. März 2025">' +
        '<link rel="canonical" href="https://example.org/d/c/cabc/"><meta property="og:type" content="article">' +
        '<meta property="og:title" content="Er sagte: &quot;&lt;b&gt;Nein&lt;/b&gt;&quot; &amp; ging"><meta property="og:url" content="https://example.org/d/c/cabc/">' +
        '<meta property="article:published_time" content="2025-03-12"><meta name="twitter:card" content="summary"></head>' +
        '<body><main><p>&lt;script&gt;alert(1)&lt;/script&gt;</p></main></body></html>',
    );
  });

  it('drops the publication tag of an undated page and points canonical where the page says', () => {
    const out = fillFrame(compileFrame(FRAME, 'frame.html'), { ...page, canonical: 'c/cnew/' }, 'c/cabc/');
    expect(out).not.toContain('article:published_time');
    expect(out).toContain('<link rel="canonical" href="https://example.org/d/c/cnew/">');
    expect(out).not.toContain('__DOSSIER_');
  });

  it('refuses a frame that lost a placeholder, naming the file', () => {
    expect(() => compileFrame(FRAME.replace(T.main, ''), 'dist/c/_frame/index.html')).toThrow(/dist\/c\/_frame\/index\.html lacks the placeholder <!--__DOSSIER_MAIN__-->/);
  });
});
