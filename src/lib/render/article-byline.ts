/**
 * Outlet and date of an article, with where the date comes from said
 * quietly: written by the curator, or read from the article text. A string
 * renderer because article and original pages are written without Astro's
 * renderer; `ArticleByline.astro` wraps it for the pages Astro still renders,
 * so the markup cannot drift between the two.
 */
import { uiStrings } from '../../i18n/index.ts';
import { formatIsoDate } from './format-date.ts';
import { attr, html, type SafeHtml } from './html.ts';

/** A metadata value and where it comes from (shape of `sourced()` in `content.config.ts`). */
export interface SourcedValue {
  value: string;
  source: 'curated' | 'page' | 'text';
  /** The words of the text the value was read from, when it was read from the text. */
  evidence?: string | undefined;
}

/** The fields of an article the byline shows. */
export interface ArticleBylineData {
  outlet: { value: string };
  published?: SourcedValue | undefined;
  /** A draft (only `astro dev` has them) is marked first thing, wherever its byline appears. */
  draft?: boolean | undefined;
}

/** The badge of a draft (only `astro dev` has drafts), saying how to publish it. */
export function draftMarkerHtml(language: string): SafeHtml {
  const t = uiStrings(language);
  return html`<strong class="draft-marker" title="${t.draftExplanation}">${t.draftMarker}</strong>`;
}

/** `<p class="byline meta">…</p>`: a draft's marker, outlet, then the date and its provenance, or "undated". */
export function articleBylineHtml(article: ArticleBylineData, language: string): SafeHtml {
  const t = uiStrings(language);
  const { outlet, published } = article;
  const date = published
    ? html`<time datetime="${published.value}">${formatIsoDate(published.value, language)}</time> <span class="provenance"${attr('title', published.evidence ? t.dateEvidence(published.evidence) : undefined)}>(${t.dateProvenance[published.source]})</span>`
    : html`<span>${t.undated}</span>`;
  const draft = article.draft && html`${draftMarkerHtml(language)}<span class="sep" aria-hidden="true">·</span>`;
  return html`<p class="byline meta">${draft}<span class="outlet">${outlet.value}</span><span class="sep" aria-hidden="true">·</span>${date}</p>`;
}
