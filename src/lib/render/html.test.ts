import { describe, expect, it } from 'vitest';
import { attr, escapeHtml, html, trustedHtml } from './html.ts';

describe('html', () => {
  it('escapes interpolated article text, in content and attributes', () => {
    const text = `<script>alert("x")</script> & 'quoted'`;
    expect(html`<p title="${text}">${text}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quoted&#39;</p>',
    );
  });

  it('inserts nested templates and trusted markup as they are, and joins arrays', () => {
    const items = ['a<b', 'c'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${trustedHtml('<hr>')}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul><hr>');
  });

  it('renders false, null and undefined as nothing, numbers as text', () => {
    expect(html`${false}${null}${undefined}${0}`.value).toBe('0');
  });

  it('omits an absent attribute and escapes a present one', () => {
    expect(html`<span${attr('title', undefined)}>`.value).toBe('<span>');
    expect(html`<span${attr('title', 'a"b')}>`.value).toBe('<span title="a&quot;b">');
  });

  it('escapes the characters Astro escapes, and no others', () => {
    expect(escapeHtml('„Zitat“ – ß & <')).toBe('„Zitat“ – ß &amp; &lt;');
  });
});
