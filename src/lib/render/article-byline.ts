/**
 * Outlet, date and authors of an article. A reader sees a plain note only
 * where the date is uncertain (read from the text, not stated by the page or
 * the curator); where each value comes from is for the curator and the
 * original page, which asks for it (issue #19: "(kuratiert)" after every
 * date meant nothing to a reader). A string renderer because article and
 * original pages are written without Astro's renderer; `ArticleByline.astro`
 * wraps it for the pages Astro still renders, so the markup cannot drift
 * between the two.
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
  /** Authors, as the sidecar names them (`author:`). */
  author?: readonly string[] | undefined;
  /** A draft (only `astro dev` has them) is marked first thing, wherever its byline appears. */
  draft?: boolean | undefined;
}

/** The badge of a draft (only `astro dev` has drafts), saying how to publish it. */
export function draftMarkerHtml(language: string): SafeHtml {
  const t = uiStrings(language);
  return html`<strong class="draft-marker" title="${t.draftExplanation}">${t.draftMarker}</strong>`;
}

/** What follows the date: its provenance on the original page, else a note on a date read from the text. */
function dateNote(published: SourcedValue, provenance: boolean, language: string): SafeHtml | false {
  const t = uiStrings(language);
  if (provenance) {
    return html` <span class="provenance"${attr('title', published.evidence ? t.dateEvidence(published.evidence) : undefined)}>(${t.dateProvenance[published.source]})</span>`;
  }
  return published.source === 'text' && html` <span class="date-note">(${t.dateUncertain})</span>`;
}

/**
 * `<p class="byline meta">…</p>`: a draft's marker, outlet, the date (or
 * "undated") and the authors. `provenance` adds where the date comes from.
 */
export function articleBylineHtml(article: ArticleBylineData, language: string, provenance = false): SafeHtml {
  const t = uiStrings(language);
  const { outlet, published, author } = article;
  const sep = html`<span class="sep" aria-hidden="true">·</span>`;
  const date = published
    ? html`<time datetime="${published.value}">${formatIsoDate(published.value, language)}</time>${dateNote(published, provenance, language)}`
    : html`<span>${t.undated}</span>`;
  const draft = article.draft && html`${draftMarkerHtml(language)}${sep}`;
  const authors = author && author.length > 0 && html`${sep}<span class="author">${t.bylineAuthors(new Intl.ListFormat(language, { type: 'conjunction' }).format(author))}</span>`;
  return html`<p class="byline meta">${draft}<span class="outlet">${outlet.value}</span>${sep}${date}${authors}</p>`;
}
