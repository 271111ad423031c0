/**
 * Renders an article's cleaned blocks to HTML through a unified pipeline
 * (mdast → hast → HTML), so later work can hook rehype plugins (claims,
 * entities) into one place instead of post-processing strings.
 */
import type { Element, ElementContent } from 'hast';
import type { Blockquote, Heading, List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { defaultHandlers, type Options as RemarkRehypeOptions } from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { PublishedClaim } from '../claims/publish-claims.ts';
import type { Block } from '../clean/types.ts';
import { rehypeEntityLinks, type EntityLinkOptions } from './rehype-entity-links.ts';

/**
 * Rehype plugins applied to every article, in order. Empty for now; this is
 * the extension point for annotating the reading text.
 */
export const articleRehypePlugins: PluggableList = [];

/** How claims are marked up in the reading text. */
export interface ClaimMarkup {
  /** The article's claims, in reading order (offsets into their block's text). */
  claims: readonly PublishedClaim[];
  /** URL of a claim's own page, e.g. `/c/<id>/` under the site's base. */
  claimPath: (id: string) => string;
  /** Accessible name of the link after each claim. */
  linkLabel: string;
  /** What follows a claim's span, outside it (e.g. its corroboration marker). */
  after?: (claimId: string) => ElementContent[];
}

/**
 * A claim in the mdast tree: a leaf carrying what its markup needs, turned
 * into hast by {@link claimHandler}. A leaf, not a subtree with `data.hName`
 * and `data.hProperties`: at 80,000 claims, remark-rehype walking those
 * subtrees and cloning their properties cost seconds of a cold build.
 */
export interface ClaimNode {
  type: 'dossierClaim';
  claim: PublishedClaim;
  markup: ClaimMarkup;
}

declare module 'mdast' {
  interface PhrasingContentMap {
    dossierClaim: ClaimNode;
  }
  interface RootContentMap {
    dossierClaim: ClaimNode;
  }
}

type Handler = NonNullable<NonNullable<RemarkRehypeOptions['handlers']>['dossierClaim']>;

/**
 * One claim: a `<span class="claim" id="…">` around the sentence, empty
 * anchors for the ids it had before edits, and a small permalink after it
 * (a plain link to the claim page; the page's script turns it into "copy"),
 * shown only on hover or focus.
 * The sentence and the link go through remark-rehype's own handlers, so
 * they are trimmed and normalised as any text and link are.
 */
const claimHandler: Handler = (state, { claim, markup }: ClaimNode) => {
  const aliases: ElementContent[] = claim.aliases.map((alias) => ({ type: 'element', tagName: 'span', properties: { id: alias, className: ['claim-alias'] }, children: [] }));
  const link = defaultHandlers.link(state, { type: 'link', url: markup.claimPath(claim.id), children: [{ type: 'text', value: '#' }] });
  Object.assign(link.properties, { className: ['claim-link'], ariaLabel: markup.linkLabel, dataClaim: claim.id });
  const words = (value: string) => defaultHandlers.text(state, { type: 'text', value }) as ElementContent;
  // No space before the link: it takes no room in the line (claims.css lays it over the gap after the sentence).
  const children = [...aliases, words(claim.text), link];
  const span: Element = { type: 'element', tagName: 'span', properties: { id: claim.id, className: ['claim'] }, children };
  return [span, ...(markup.after?.(claim.id) ?? [])];
};

/** A paragraph's text with its claims marked, and the spaces between them as they are. */
function paragraphChildren(text: string, claims: readonly PublishedClaim[], markup: ClaimMarkup | undefined): PhrasingContent[] {
  if (!markup || claims.length === 0) return [{ type: 'text', value: text }];
  const children: PhrasingContent[] = [];
  let cursor = 0;
  for (const claim of claims) {
    if (claim.start > cursor) children.push({ type: 'text', value: text.slice(cursor, claim.start) });
    children.push({ type: 'dossierClaim', claim, markup });
    cursor = claim.end;
  }
  if (cursor < text.length) children.push({ type: 'text', value: text.slice(cursor) });
  return children;
}

/**
 * Builds the mdast tree for the reading text: subheadings become depth-2
 * headings (the page's `<h1>` is the article title), runs of list items one
 * bulleted list, runs of quoted blocks one block quote, everything else a
 * paragraph, its sentences marked as claims when `markup` is given. Text goes
 * into text nodes only, never `html` nodes, so whatever the source contains
 * is escaped on output.
 */
export function blocksToMdast(blocks: readonly Block[], markup?: ClaimMarkup): Root {
  const children: RootContent[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] } satisfies Heading);
      return;
    }
    const claims = markup?.claims.filter((c) => c.block === index) ?? [];
    const paragraph: Paragraph = { type: 'paragraph', children: paragraphChildren(block.text, claims, markup) };
    const previous = children.at(-1);
    const continues = index > 0 && blocks[index - 1]!.kind === block.kind;
    if (block.kind === 'item') {
      const item = { type: 'listItem' as const, spread: false, children: [paragraph] };
      if (continues && previous?.type === 'list') previous.children.push(item);
      else children.push({ type: 'list', ordered: false, spread: false, children: [item] } satisfies List);
    } else if (block.kind === 'quote') {
      if (continues && previous?.type === 'blockquote') previous.children.push(paragraph);
      else children.push({ type: 'blockquote', children: [paragraph] } satisfies Blockquote);
    } else {
      children.push(paragraph);
    }
  });
  return { type: 'root', children };
}

/** Options for {@link renderArticleHtml}. */
export interface RenderArticleOptions {
  /** Replaces {@link articleRehypePlugins}, e.g. in tests. */
  rehypePlugins?: PluggableList;
  /** Marks every sentence as a claim with its permanent id. */
  claims?: ClaimMarkup;
  /** Links every mention of a registered entity to the entity's page (after the other plugins). */
  entities?: EntityLinkOptions;
}

/** Renders the cleaned blocks of one article to an HTML fragment. */
export async function renderArticleHtml(
  blocks: readonly Block[],
  options: RenderArticleOptions = {},
): Promise<string> {
  const processor = unified()
    .use(remarkRehype, { handlers: { dossierClaim: claimHandler } })
    .use(options.rehypePlugins ?? articleRehypePlugins)
    .use(options.entities ? [[rehypeEntityLinks, options.entities]] : [])
    .use(rehypeStringify);
  const hast = await processor.run(blocksToMdast(blocks, options.claims));
  return processor.stringify(hast);
}
