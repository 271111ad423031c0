/**
 * An analysis's Markdown as HTML: remark's tree with its citations resolved
 * (remark-citations.ts), through remark-rehype to a string. Raw HTML is
 * dropped here (remark-rehype's default) and unsafe link addresses emptied,
 * whatever `check` said: the page can never carry a script of the curator's.
 */
import type { Root } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { remarkCitations, type CitationOptions } from './remark-citations.ts';
import type { CitedClaim } from './resolve-citations.ts';
import { isSafeUrl } from './scan-analysis.ts';

/** The body's HTML and the claims it cites, numbered in order of first citation. */
export interface RenderedAnalysis {
  html: string;
  numbered: CitedClaim[];
}

/** Renders a scanned tree (it is copied, so one scan can be rendered again). */
export function renderAnalysis(tree: Root, options: Omit<CitationOptions, 'numbered'>): RenderedAnalysis {
  const numbered: CitedClaim[] = [];
  const copy = structuredClone(tree);
  visit(copy, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url)) node.url = '';
  });
  const processor = unified()
    .use(() => remarkCitations({ ...options, numbered }))
    .use(remarkRehype)
    .use(rehypeStringify);
  const html = processor.stringify(processor.runSync(copy));
  return { html, numbered };
}
