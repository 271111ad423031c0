/**
 * Renders the raw source of an article with every span the cleaner removed
 * struck through and labelled with its reason, so a reader can audit the
 * cleaning against the original text.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Removal } from '../clean/types.ts';

/** Builds the visible label after a removed span, e.g. `[entfernt: Navigation]`. */
export type RemovalLabel = (reason: string) => string;

/**
 * Builds the hast children for `source` with each removal as
 * `<del data-rule title>` followed by a visible `.removal-reason` label.
 * Kept text stays plain text nodes; line breaks survive because the page shows
 * the container with `white-space: pre-wrap`.
 *
 * Throws if removals are unsorted, overlap or fall outside the source: the
 * page would otherwise silently misrepresent what was removed.
 */
export function originalToHast(
  source: string,
  removed: readonly Removal[],
  label: RemovalLabel,
): ElementContent[] {
  const nodes: ElementContent[] = [];
  let cursor = 0;
  for (const removal of removed) {
    const { start, end, rule, reason } = removal;
    if (!(Number.isInteger(start) && Number.isInteger(end) && cursor <= start && start < end && end <= source.length)) {
      throw new RangeError(
        `Removal [${start}, ${end}) by rule "${rule}" is out of order, overlaps or lies outside the source (length ${source.length}).`,
      );
    }
    if (start > cursor) nodes.push({ type: 'text', value: source.slice(cursor, start) });
    nodes.push(
      {
        type: 'element',
        tagName: 'del',
        properties: { dataRule: rule, title: reason },
        children: [{ type: 'text', value: source.slice(start, end) }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { className: ['removal-reason'] },
        children: [{ type: 'text', value: label(reason) }],
      },
    );
    cursor = end;
  }
  if (cursor < source.length) nodes.push({ type: 'text', value: source.slice(cursor) });
  return nodes;
}

/**
 * Renders the raw source as an HTML fragment: one `<div class="original-text">`
 * holding the text with its removals marked (see {@link originalToHast}).
 */
export function renderOriginalHtml(
  source: string,
  removed: readonly Removal[],
  label: RemovalLabel,
): string {
  const container: Element = {
    type: 'element',
    tagName: 'div',
    properties: { className: ['original-text'] },
    children: originalToHast(source, removed, label),
  };
  const root: Root = { type: 'root', children: [container] };
  return unified().use(rehypeStringify).stringify(root);
}
