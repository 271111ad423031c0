import { describe, expect, it } from 'vitest';
import { articleBylineHtml } from './article-byline.ts';

const hostile = `Die "Welt" <script>alert('x')</script> & Co`;

describe('articleBylineHtml', () => {
  it('a curated date: outlet, date and its provenance, no evidence title', () => {
    const byline = articleBylineHtml({ outlet: { value: 'RT DE' }, published: { value: '2022-11-14', source: 'curated' } }, 'de');
    expect(byline.value).toBe(
      '<p class="byline meta"><span class="outlet">RT DE</span><span class="sep" aria-hidden="true">·</span><time datetime="2022-11-14">14. November 2022</time> <span class="provenance">(kuratiert)</span></p>',
    );
  });

  it('a date read from the text says where in a title', () => {
    const byline = articleBylineHtml({ outlet: { value: 'SNA' }, published: { value: '2021-12-29', source: 'text', evidence: '29.12.2021' } }, 'de');
    expect(byline.value).toContain('<span class="provenance" title="gelesen aus „29.12.2021“">(Datum aus dem Text)</span>');
  });

  it('no date: "undated" instead of a time element', () => {
    const byline = articleBylineHtml({ outlet: { value: 'SNA' } }, 'de');
    expect(byline.value).toBe('<p class="byline meta"><span class="outlet">SNA</span><span class="sep" aria-hidden="true">·</span><span>ohne Datum</span></p>');
    expect(byline.value).not.toContain('<time');
  });

  it('marks a draft first, explaining when it will be published', () => {
    const byline = articleBylineHtml({ outlet: { value: 'SNA' }, draft: true }, 'de').value;
    expect(byline).toMatch(/^<p class="byline meta"><strong class="draft-marker" title="Noch nicht geprüft: [^"]*status: published[^"]*">Entwurf<\/strong><span class="sep" aria-hidden="true">·<\/span><span class="outlet">SNA<\/span>/);
    expect(articleBylineHtml({ outlet: { value: 'SNA' }, draft: false }, 'de').value).not.toContain('Entwurf');
  });

  it('escapes the outlet and the evidence', () => {
    const byline = articleBylineHtml({ outlet: { value: hostile }, published: { value: '2022-11-14', source: 'text', evidence: hostile } }, 'de').value;
    expect(byline).not.toContain('<script>');
    expect(byline).toContain('<span class="outlet">Die &quot;Welt&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</span>');
    expect(byline).toContain('title="gelesen aus „Die &quot;Welt&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co“"');
  });
});
