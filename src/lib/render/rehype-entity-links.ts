/**
 * Rehype plugin: links every entity mention in an article's reading text to
 * the entity's page, as a quiet `<a class="entity">`. It only ever splits
 * text nodes, so the claim spans around sentences stay whole, and it leaves
 * the text inside links (the claim permalinks) alone: links never nest.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import type { EntityMatcher, Mention } from '../entities/entity-matcher.ts';
import { findMentions } from '../entities/find-mentions.ts';

/** Options of {@link rehypeEntityLinks}. */
export interface EntityLinkOptions {
  matcher: EntityMatcher;
  /** Path of an entity's page, e.g. `/entities/sergey-naryshkin/` under the site's base. */
  href: (id: string) => string;
}

interface Slot {
  parent: Root | Element;
  node: Text;
}

/** The plugin; the whole tree is one document, so contextual aliases count wherever the entity is named in it. */
export function rehypeEntityLinks(options: EntityLinkOptions) {
  return (tree: Root): void => {
    const slots: Slot[] = [];
    collectText(tree, slots);
    const mentions = findMentions(options.matcher, slots.map((slot) => slot.node.value));
    slots.forEach(({ parent, node }, i) => {
      const found = mentions[i]!;
      if (found.length === 0) return;
      const children = parent.children as ElementContent[];
      children.splice(children.indexOf(node), 1, ...linkMentions(node.value, found, options.href));
    });
  };
}

function collectText(parent: Root | Element, slots: Slot[]): void {
  for (const child of parent.children) {
    if (child.type === 'text') slots.push({ parent, node: child });
    else if (child.type === 'element' && child.tagName !== 'a') collectText(child, slots);
  }
}

function linkMentions(text: string, mentions: readonly Mention[], href: (id: string) => string): ElementContent[] {
  const pieces: ElementContent[] = [];
  let cursor = 0;
  for (const m of mentions) {
    if (m.start > cursor) pieces.push({ type: 'text', value: text.slice(cursor, m.start) });
    pieces.push({
      type: 'element',
      tagName: 'a',
      properties: { href: href(m.entity), className: ['entity'] },
      children: [{ type: 'text', value: text.slice(m.start, m.end) }],
    });
    cursor = m.end;
  }
  if (cursor < text.length) pieces.push({ type: 'text', value: text.slice(cursor) });
  return pieces;
}
