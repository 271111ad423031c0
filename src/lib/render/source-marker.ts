/**
 * The small mark after each sentence of an article: how many independent
 * outlets report it. A corroborated sentence's count links to its note
 * ("Auch berichtet von …") below the text; a single-source sentence gets a
 * quiet, unlinked 1. The mark stands after the claim's span, never inside
 * it, so the span holds exactly the sentence.
 */
import type { Properties } from 'hast';
import type { PhrasingContent } from 'mdast';
import type { Corroboration } from '../links/corroboration.ts';

/** The anchor of a claim's corroboration note on its article page. */
export const sourcesAnchor = (claimId: string) => `sources-${claimId}`;

/**
 * The mark for one claim.
 *
 * @param label accessible text of the mark: outlet count and the other outlets' names
 */
export function sourceMarker(
  claimId: string,
  corroboration: Corroboration,
  label: (outlets: number, others: readonly string[]) => string,
): PhrasingContent[] {
  const count = String(corroboration.outlets);
  if (corroboration.reports.length === 0) {
    const text = label(corroboration.outlets, []);
    return [sup(['claim-sources', 'single-source'], [
      span({ ariaHidden: 'true' }, count),
      span({ className: ['visually-hidden'] }, ` (${text})`),
    ], text)];
  }
  const others = [...new Set(corroboration.reports.map((r) => r.outlet))];
  const link: PhrasingContent = {
    type: 'link',
    url: `#${sourcesAnchor(claimId)}`,
    children: [{ type: 'text', value: count }],
    data: { hProperties: { ariaLabel: label(corroboration.outlets, others) } },
  };
  return [sup(['claim-sources', 'corroborated'], [link])];
}

function sup(className: string[], children: PhrasingContent[], title?: string): PhrasingContent {
  return {
    type: 'emphasis',
    data: { hName: 'sup', hProperties: { className, ...(title !== undefined && { title }) } },
    children,
  };
}

function span(properties: Properties, value: string): PhrasingContent {
  return { type: 'text', value, data: { hName: 'span', hProperties: properties } };
}
