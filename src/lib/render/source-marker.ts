/**
 * The mark after a sentence that two or more independent outlets report: a
 * small "2 Medien" linked to its note ("Auch berichtet von …") below the
 * text. Every other sentence gets no mark (issue #19: a "1" after every
 * sentence read as a footnote number and said nothing); that a sentence
 * stands in one outlet only is on its claim page, and the note section says
 * how many of the article's sentences are reported elsewhere. The mark
 * stands after the claim's span, never inside it, so the span holds exactly
 * the sentence.
 */
import type { ElementContent } from 'hast';
import type { Corroboration } from '../links/corroboration.ts';

/** The anchor of a claim's corroboration note on its article page. */
export const sourcesAnchor = (claimId: string) => `sources-${claimId}`;

/** The words a mark needs (see `src/i18n/`). */
export interface SourceMarkLabels {
  /** Visible text: the outlet count. */
  outletCount: (outlets: number) => string;
  /** Accessible name: the count and the other outlets' names (it contains the visible text, WCAG 2.5.3). */
  sourcesMark: (outlets: number, others: readonly string[]) => string;
}

/**
 * The mark for one claim, as hast: made straight into the tree rather than
 * through mdast (see `article-html.ts`). Empty unless other outlets report
 * the claim: reports from the claim's own outlet only are in the note, but
 * they corroborate nothing.
 */
export function sourceMarker(claimId: string, corroboration: Corroboration, labels: SourceMarkLabels): ElementContent[] {
  if (corroboration.outlets < 2) return [];
  const others = [...new Set(corroboration.reports.map((r) => r.outlet))];
  // Claim ids are letters and digits: the anchor needs no escaping in a URL.
  return [
    {
      type: 'element',
      tagName: 'a',
      properties: { className: ['claim-sources'], href: `#${sourcesAnchor(claimId)}`, ariaLabel: labels.sourcesMark(corroboration.outlets, others) },
      children: [{ type: 'text', value: labels.outletCount(corroboration.outlets) }],
    },
  ];
}
