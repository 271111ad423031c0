/**
 * The saved-page half of `dossier add`: reads a `.html`/`.htm` file or
 * fetches an address, and prepares what the command stores: the page's bytes
 * as they came, its visible text for the duplicate check, and a draft
 * sidecar filled from the page's own statements. A page with almost no
 * article text is refused or added with a warning, never silently.
 */
import { ContentError } from '../lib/content/content-error.ts';
import { digestBytes } from '../lib/content/scan-articles.ts';
import { cleanHtmlPage } from '../lib/html/clean-html.ts';
import { decodeHtmlBytes, pageByteLimit } from '../lib/html/decode-html.ts';
import { fetchPage } from './fetch-page.ts';
import { pageSidecar } from './page-sidecar.ts';
import type { ArticleReader, Candidate, Refusal } from './read-article-file.ts';

/** Below this many words of main text a page is no article: a home page, a login wall, a shell that needs JavaScript. */
export const MIN_ARTICLE_WORDS = 40;
/** Below this many, the curator is warned to look: short notices exist, but so do half-extracted pages. */
export const FEW_ARTICLE_WORDS = 150;

/** What reading a page needs to know about the dossier. */
export interface PageOptions {
  /** The dossier's `maxArticleBytes`, if set. */
  maxBytes?: number | undefined;
  /** The dossier's language. */
  language: string;
}


/** `dossier add`'s reader for a saved page (`.html`, `.htm`). */
export const readPageArticle: ArticleReader = async (given, bytes, ctx) => refusing(() => preparePage(bytes, given, ctx));

/** Fetches `address` once and reads the page, for `dossier add https://…`; a failed fetch is a refusal naming the address. */
export async function fetchPageArticle(address: string, options: PageOptions): Promise<Candidate | Refusal> {
  try {
    const fetched = await fetchPage(address, { maxBytes: pageByteLimit(options.maxBytes) });
    return refusing(() => preparePage(fetched.bytes, address, { ...options, fetchedFrom: fetched.url }));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { code: error.code, message: error.detail, fix: error.fix };
  }
}

function refusing(read: () => Candidate): Candidate | Refusal {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return { code: error.code, message: error.detail, fix: error.fix };
  }
}

/**
 * Decodes, cleans and reads a page's bytes. `fetchedFrom` is the address
 * the bytes came from, the url of last resort.
 *
 * @throws ContentError `not-an-article`, or a decoding error
 */
export function preparePage(bytes: Uint8Array, given: string, options: PageOptions & { fetchedFrom?: string }): Candidate {
  const { html, encoding } = decodeHtmlBytes(bytes, given, { maxBytes: pageByteLimit(options.maxBytes) });
  const { source, cleaned, metadata: page } = cleanHtmlPage(html, { language: options.language, ...(options.fetchedFrom ? { url: options.fetchedFrom } : {}) });
  const words = cleaned.blocks.reduce((n, block) => n + (block.text.match(/\p{L}[\p{L}\p{N}'’-]*/gu)?.length ?? 0), 0);

  let warning: string | undefined;
  if (words < MIN_ARTICLE_WORDS && !page.isArticle) {
    throw new ContentError({
      file: given,
      code: 'not-an-article',
      detail: `This page does not look like an article: it does not call itself one, and only ${words} words of main text were found (a home page, a login or cookie wall, or a page that shows its text only with JavaScript).`,
      fix: 'Open the article itself in the browser, wait until its text shows, and save it ("Save page as…") or copy its text into a .txt file; add that.',
    });
  }
  if (words < MIN_ARTICLE_WORDS) {
    warning = `only ${words} words of article text were found, although the page calls itself an article: it may show its text only with JavaScript or behind a login. Check the draft's original page; if the text is missing, copy it from the browser into a .txt file and add that instead.`;
  } else if (words < FEW_ARTICLE_WORDS) {
    warning = `only ${words} words of article text were found: check the draft's original page for text the extraction missed.`;
  }

  const from = options.fetchedFrom ?? given.split(/[\\/]/).pop() ?? given;
  const decoded = encoding === 'utf-8' ? '' : ` (decoded from ${encoding}; the page is kept byte for byte)`;
  return {
    given,
    bytes,
    digest: digestBytes(bytes),
    extension: '.html' as const,
    source,
    encoding,
    sidecar: (name) =>
      pageSidecar({ name, from, encoding, page, source, cleanedTitle: cleaned.title, dossierLanguage: options.language, ...(warning ? { warning } : {}) }),
    remark: warning ? `${decoded}\n       warning: added as a draft, but ${warning}` : decoded,
  };
}
