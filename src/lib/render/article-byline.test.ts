import { describe, expect, it } from 'vitest';
import { articleBylineHtml } from './article-byline.ts';

const hostile = `Die "Welt" <script>alert('x')</script> & Co`;

describe('articleBylineHtml', () => {
  it('a reader sees outlet and date, not where a stated date comes from', () => {
    for (const source of ['curated', 'page'] as const) {
      const byline = articleBylineHtml({ outlet: { value: 'RT DE' }, published: { value: '2022-11-14', source } }, 'de');
      expect(byline.value).toBe(
        '<p class="byline meta"><span class="outlet">RT DE</span><span class="sep" aria-hidden="true">·</span><time datetime="2022-11-14">14. November 2022</time></p>',
      );
    }
  });

  it('a date read from the text gets a plain note for the reader, its provenance and evidence on request', () => {
    const article = { outlet: { value: 'SNA' }, published: { value: '2021-12-29', source: 'text' as const, evidence: '29.12.2021' } };
    expect(articleBylineHtml(article, 'de').value).toContain('</time> <span class="date-note">(Datum unsicher)</span></p>');
    expect(articleBylineHtml(article, 'de').value).not.toContain('29.12.2021');
    expect(articleBylineHtml(article, 'de', true).value).toContain('<span class="provenance" title="gelesen aus „29.12.2021“">(Datum aus dem Text)</span>');
    expect(articleBylineHtml({ ...article, published: { value: '2021-12-29', source: 'curated' } }, 'de', true).value).toContain('<span class="provenance">(kuratiert)</span>');
  });

  it('names the authors the sidecar gives, after the date', () => {
    const one = articleBylineHtml({ outlet: { value: 'apolut' }, author: ['Paul Soldan'] }, 'de').value;
    expect(one).toBe('<p class="byline meta"><span class="outlet">apolut</span><span class="sep" aria-hidden="true">·</span><span>ohne Datum</span><span class="sep" aria-hidden="true">·</span><span class="author">von Paul Soldan</span></p>');
    const two = articleBylineHtml({ outlet: { value: '1000things' }, author: ['Evgenia Karp', 'Thomas Rohde'] }, 'de').value;
    expect(two).toContain('<span class="author">von Evgenia Karp und Thomas Rohde</span>');
    expect(articleBylineHtml({ outlet: { value: 'SNA' }, author: [] }, 'de').value).not.toContain('author');
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

  it('escapes the outlet, the authors and the evidence', () => {
    const byline = articleBylineHtml({ outlet: { value: hostile }, published: { value: '2022-11-14', source: 'text', evidence: hostile }, author: [hostile] }, 'de', true).value;
    expect(byline).not.toContain('<script>');
    expect(byline).toContain('<span class="outlet">Die &quot;Welt&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co</span>');
    expect(byline).toContain('<span class="author">von Die &quot;Welt&quot; &lt;script&gt;');
    expect(byline).toContain('title="gelesen aus „Die &quot;Welt&quot; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co“"');
  });
});
