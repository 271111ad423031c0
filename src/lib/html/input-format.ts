/**
 * Is an input a saved web page or a copied text? By the file's extension,
 * and for standard input by how it starts: a page begins with a doctype or
 * an `<html>` tag (after a byte order mark, blank space or comments), which
 * copied article text never does.
 */

/** The two kinds of article input. */
export type InputFormat = 'html' | 'text';

const HTML_EXTENSION = /\.(?:html?|xhtml)$/i;

/** True for the file names of saved pages (`.html`, `.htm`, `.xhtml`). */
export function isHtmlFileName(name: string): boolean {
  return HTML_EXTENSION.test(name);
}

const PAGE_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])/i;

/** True when `bytes` start like an HTML document; only the first kilobytes are looked at. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\ufeff/, '');
  return PAGE_START.test(head);
}

/** The format of an input: `forced` if given, else by file name, else by content. */
export function inputFormat(bytes: Uint8Array, name: string | undefined, forced?: InputFormat): InputFormat {
  if (forced) return forced;
  if (name !== undefined) return isHtmlFileName(name) ? 'html' : 'text';
  return looksLikeHtml(bytes) ? 'html' : 'text';
}
