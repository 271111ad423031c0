/**
 * Parses a saved page into a DOM as a browser would lay it out for the
 * reader. linkedom builds the tree as the markup says, where browsers repair
 * it: markup before `<html>` (a server's PHP warnings ahead of the page)
 * becomes linkedom's root element, and content inside `<head>` (a `<div>`
 * written before `</head>`) stays there, where nothing shows it. Both hid a
 * whole article on the development pages.
 */
import { parseHTML } from './parse-html.ts';

/** Elements that belong in `<head>`; the first other element there starts the body, as the HTML parser decides. */
const HEAD_ELEMENTS = new Set(['base', 'link', 'meta', 'noscript', 'script', 'style', 'template', 'title']);

/** Parses a page; markup without an `<html>` element (a fragment, a truncated file) is read as a page's body, as browsers do. */
export function parsePage(html: string): Document {
  let document = parseHTML(html).document as unknown as Document;
  if (document.documentElement?.nodeName.toLowerCase() !== 'html') {
    // What comes before `<html>` is text a browser shows above the page; the page itself is what the reader reads.
    const at = html.search(/<html[\s>]/i);
    const page = at > 0 ? (parseHTML(html.slice(at)).document as unknown as Document) : undefined;
    document = page?.documentElement?.nodeName.toLowerCase() === 'html' ? page : (parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document);
  }
  moveBodyOutOfHead(document);
  return document;
}

/** Moves the first element `<head>` cannot hold, and everything after it, to the start of `<body>`. */
function moveBodyOutOfHead(document: Document): void {
  const { head, body } = document;
  if (!head || !body) return;
  const children = [...head.childNodes];
  const first = children.findIndex((node) => node.nodeType === 1 && !HEAD_ELEMENTS.has(node.nodeName.toLowerCase()));
  if (first === -1) return;
  const anchor = body.firstChild;
  for (const node of children.slice(first)) body.insertBefore(node, anchor);
}
