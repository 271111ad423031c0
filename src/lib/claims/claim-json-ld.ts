/**
 * Structured data for a claim page: a schema.org `Claim` made by the outlet,
 * appearing in its article, so that fact-checkers and search engines can
 * cite the sentence itself rather than the page around it.
 */

/** What the structured data says about one claim. */
export interface ClaimJsonLdInput {
  /** The sentence. */
  text: string;
  /** Absolute URL of the claim's page. */
  url: string;
  /** Language of the sentence (BCP 47). */
  language: string;
  /** The outlet that published the article: the claim's author and the article's publisher. */
  outlet: string;
  /** Publication date of the article (YYYY-MM-DD), when known. */
  published?: string;
  article: {
    title: string;
    /** Absolute URL of the article's reading page. */
    url: string;
  };
}

/** The schema.org `Claim` object (JSON-LD), without empty fields. */
export function claimJsonLd(input: ClaimJsonLdInput): Record<string, unknown> {
  const publisher = { '@type': 'Organization', name: input.outlet };
  const date = input.published === undefined ? {} : { datePublished: input.published };
  return {
    '@context': 'https://schema.org',
    '@type': 'Claim',
    '@id': input.url,
    url: input.url,
    text: input.text,
    inLanguage: input.language,
    author: publisher,
    ...date,
    appearance: {
      '@type': 'NewsArticle',
      headline: input.article.title,
      url: input.article.url,
      publisher,
      ...date,
    },
  };
}

/**
 * JSON for an inline `<script type="application/ld+json">`. Every `<` is
 * escaped, so no article text can close the element (`</script>`) or open
 * a comment (`<!--`); JSON parsers read `\u003c` as `<`.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
