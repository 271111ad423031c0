/**
 * An article's original page as a string: the raw text as collected, every
 * span the cleaner removed struck through with its reason, and a legend of
 * the reasons. Written without Astro's renderer because a large dossier has
 * thousands of them; the markup is what
 * `src/pages/articles/[slug]/original.astro` and its components wrote
 * before, byte for byte inside `<main>`, except that an attribute value
 * holding `<`, `>` or `'` has them escaped too (`html` escapes all five
 * characters where Astro escaped only `&` and `"`): the same value to a parser.
 */
import { uiStrings, type UiStrings } from '../../i18n/index.ts';
import type { Removal } from '../clean/types.ts';
import { articleBylineHtml, type ArticleBylineData } from './article-byline.ts';
import { html, trustedHtml, type SafeHtml } from './html.ts';
import { renderOriginalHtml } from './original-html.ts';
import { summarizeRemovals } from './removal-summary.ts';
import { articlePath } from './site-paths.ts';

/** The fields of an article entry's data the original page needs (a structural subset of the collection's schema). */
export interface OriginalPageData extends ArticleBylineData {
  slug: string;
  title: { value: string };
  /** Language of the article text (BCP 47). */
  language: string;
  /** The raw file, relative to the project root: its extension says whether it is a saved page (the path is not shown, issue #19). */
  file: string;
  encoding: string;
  removedCount: number;
  /** Spans of the raw text the cleaner removed, in order. */
  removals: readonly Removal[];
}

/** Everything the original page is made of. */
export interface OriginalPageInput {
  article: OriginalPageData;
  /** The raw source text (`entry.body`): the removals' offsets point into it. */
  body: string;
  /** The dossier's language, for the interface and dates. */
  language: string;
  /** The site's base path (`import.meta.env.BASE_URL`, e.g. `/`). */
  base: string;
}

/** The layout's head fields of an original page. */
export function originalPageHead(article: Pick<OriginalPageData, 'title' | 'draft'>, language: string): { title: string; description: string; noindex?: boolean } {
  const t = uiStrings(language);
  return { title: t.originalTitle(article.title.value), description: t.originalIntro, ...(article.draft && { noindex: true }) };
}

function removalLegend(removals: readonly Removal[], t: UiStrings): SafeHtml {
  const groups = summarizeRemovals(removals);
  const rules =
    groups.length > 0 &&
    html`<p>${t.legendRules}:</p><ul>${groups.map((group) => html`<li>${group.reason} <code>${group.rule}</code> – ${t.legendRuleCount(group.count)}</li>`)}</ul>`;
  return html`<section class="legend" aria-labelledby="legend-heading"><h2 id="legend-heading">${t.legendHeading}</h2><ul><li><span class="legend-sample">${t.legendStrike}</span></li><li><span class="removal-reason">${t.removalLabel('…')}</span> ${t.legendReason}</li></ul>${rules}</section>`;
}

/** A saved page's original is the text derived from its markup, not text as collected: its intro says so. */
function isSavedPage(file: string): boolean {
  return /\.html?$/.test(file);
}

/** The content of `<main>` of an original page. */
export function originalPageMain(input: OriginalPageInput): SafeHtml {
  const { article, base, language } = input;
  const t = uiStrings(language);
  // renderOriginalHtml builds a hast tree and stringifies it, so the raw text in it is escaped there.
  const original = trustedHtml(renderOriginalHtml(input.body, article.removals, t.removalLabel));
  return html`<article><header class="article-header"><h1>${t.originalTitle(article.title.value)}</h1>${articleBylineHtml(article, language, true)}<p class="meta">${t.encodingLabel}: ${article.encoding}</p><p class="original-intro">${isSavedPage(article.file) ? t.originalIntroPage : t.originalIntro}</p><p class="removal-count meta">${t.removalCount(article.removedCount)}</p></header>${removalLegend(article.removals, t)}<div lang="${article.language}">${original}</div><nav class="article-links" aria-label="${t.sourcesLabel}"><ul><li><a href="${articlePath(base, article.slug)}">${t.cleanedLink}</a></li><li><a href="${base}">${t.backToIndex}</a></li></ul></nav></article>`;
}
