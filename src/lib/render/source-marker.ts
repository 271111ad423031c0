/**
 * The small mark after each sentence of an article: how many independent
 * outlets report it. A corroborated sentence's count links to its note
 * ("Auch berichtet von …") below the text; a single-source sentence gets a
 * quiet, unlinked 1. The mark stands after the claim's span, never inside
 * it, so the span holds exactly the sentence.
 */
import type { Element, ElementContent, Properties } from 'hast';
import type { Corroboration } from '../links/corroboration.ts';

/** The anchor of a claim's corroboration note on its article page. */
export const sourcesAnchor = (claimId: string) => `sources-${claimId}`;

/**
 * The mark for one claim, as hast: one per claim, made straight into the
 * tree rather than through mdast (see `article-html.ts`).
 *
 * @param label accessible text of the mark: outlet count and the other outlets' names
 */
export function sourceMarker(
  claimId: string,
  corroboration: Corroboration,
  label: (outlets: number, others: readonly string[]) => string,
): ElementContent[] {
  const count = String(corroboration.outlets);
  if (corroboration.reports.length === 0) {
    const text = label(corroboration.outlets, []);
    return [sup({ className: ['claim-sources', 'single-source'], title: text }, [
      element('span', { ariaHidden: 'true' }, count),
      element('span', { className: ['visually-hidden'] }, ` (${text})`),
    ])];
  }
  const others = [...new Set(corroboration.reports.map((r) => r.outlet))];
  // Claim ids are letters and digits: the anchor needs no escaping in a URL.
  const link = element('a', { href: `#${sourcesAnchor(claimId)}`, ariaLabel: label(corroboration.outlets, others) }, count);
  return [sup({ className: ['claim-sources', 'corroborated'] }, [link])];
}

function sup(properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName: 'sup', properties, children };
}

function element(tagName: string, properties: Properties, value: string): Element {
  return { type: 'element', tagName, properties, children: [{ type: 'text', value }] };
}
