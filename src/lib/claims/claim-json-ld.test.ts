import { describe, expect, it } from 'vitest';
import { claimJsonLd, jsonLdText } from './claim-json-ld.ts';

const input = {
  text: 'Naryshkin sprach mit Ratcliffe.',
  url: 'https://dossier.example.org/c/c0000000001/',
  language: 'de',
  outlet: 'SeaPRwire',
  published: '2025-03-12',
  article: { title: 'Telefonat', url: 'https://dossier.example.org/articles/telefonat/' },
};

describe('claimJsonLd', () => {
  it('describes a Claim by the outlet that appears in its NewsArticle', () => {
    expect(claimJsonLd(input)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Claim',
      '@id': input.url,
      url: input.url,
      text: input.text,
      inLanguage: 'de',
      author: { '@type': 'Organization', name: 'SeaPRwire' },
      datePublished: '2025-03-12',
      appearance: {
        '@type': 'NewsArticle',
        headline: 'Telefonat',
        url: input.article.url,
        publisher: { '@type': 'Organization', name: 'SeaPRwire' },
        datePublished: '2025-03-12',
      },
    });
  });

  it('leaves out the date when the article has none', () => {
    const { published: _, ...undated } = input;
    const data = claimJsonLd(undated);
    expect(data).not.toHaveProperty('datePublished');
    expect(data.appearance).not.toHaveProperty('datePublished');
  });
});

describe('jsonLdText', () => {
  it('cannot close its script element or open a comment, and parses back to the same data', () => {
    const data = claimJsonLd({ ...input, text: 'Er schrieb </script><script>alert(1)</script> und <!-- das.' });
    const text = jsonLdText(data);
    expect(text).not.toMatch(/<\/script|<!--/i);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
});
