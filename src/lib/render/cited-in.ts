/**
 * "Zitiert in": the analyses that cite a claim, article or entity, as a
 * section of its page (see analysis-backlinks.ts for who cites what).
 */
import { uiStrings } from '../../i18n/index.ts';
import type { AnalysisRef } from '../analyses/analysis-backlinks.ts';
import { html, type SafeHtml } from './html.ts';
import { analysisPath } from './site-paths.ts';

/** The section, or nothing when no analysis cites the page's subject. */
export function citedInHtml(refs: readonly AnalysisRef[] | undefined, ctx: { base: string; language: string }): SafeHtml | false {
  if (!refs || refs.length === 0) return false;
  const t = uiStrings(ctx.language);
  const items = refs.map((ref) => html`<li><a href="${analysisPath(ctx.base, t.analysesPathSegment, ref.slug)}">${ref.title}</a></li>`);
  return html`<section class="cited-in" aria-labelledby="cited-in-heading"><h2 id="cited-in-heading">${t.citedInHeading}</h2><ul>${items}</ul></section>`;
}
