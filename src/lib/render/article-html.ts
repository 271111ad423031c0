/**
 * Renders an article's cleaned blocks to HTML through a unified pipeline
 * (mdast → hast → HTML), so later work can hook rehype plugins (claims,
 * entities) into one place instead of post-processing strings.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { Block } from '../clean/types.ts';

/**
 * Rehype plugins applied to every article, in order. Empty for now; this is
 * the extension point for annotating the reading text.
 */
export const articleRehypePlugins: PluggableList = [];

/**
 * Builds the mdast tree for the reading text: subheadings become depth-2
 * headings (the page's `<h1>` is the article title), everything else a
 * paragraph. Text goes into text nodes only, never `html` nodes, so whatever
 * the source contains is escaped on output.
 */
export function blocksToMdast(blocks: readonly Block[]): Root {
  const children: RootContent[] = blocks.map((block): Heading | Paragraph => {
    const text = { type: 'text' as const, value: block.text };
    return block.kind === 'heading'
      ? { type: 'heading', depth: 2, children: [text] }
      : { type: 'paragraph', children: [text] };
  });
  return { type: 'root', children };
}

/** Options for {@link renderArticleHtml}. */
export interface RenderArticleOptions {
  /** Replaces {@link articleRehypePlugins}, e.g. in tests. */
  rehypePlugins?: PluggableList;
}

/** Renders the cleaned blocks of one article to an HTML fragment. */
export async function renderArticleHtml(
  blocks: readonly Block[],
  options: RenderArticleOptions = {},
): Promise<string> {
  const processor = unified()
    .use(remarkRehype)
    .use(options.rehypePlugins ?? articleRehypePlugins)
    .use(rehypeStringify);
  const hast = await processor.run(blocksToMdast(blocks));
  return processor.stringify(hast);
}
