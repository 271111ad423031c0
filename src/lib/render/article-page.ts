/**
 * An article's reading page as a string: title, byline, original address, the cleaned text,
 * its withdrawn sentences, the notes on corroborated sentences, related
 * articles and the way to its sources. Written without Astro's renderer
 * because a large dossier has thousands of them; the markup is what
 * `src/pages/articles/[slug]/index.astro` and its components wrote before,
 * byte for byte inside `<main>`, except that an attribute value
 * holding `<`, `>` or `'` has them escaped too (`html` escapes all five
 * characters where Astro escaped only `&` and `"`): the same value to a parser.
 */
import { uiStrings, type UiStrings } from '../../i18n/index.ts';
import type { AnalysisRef } from '../analyses/analysis-backlinks.ts';
import type { WithdrawnClaim } from '../claims/withdrawn-claims.ts';
import type { RelatedReasons } from '../links/related-articles.ts';
import { articleBylineHtml, draftMarkerHtml, type ArticleBylineData } from './article-byline.ts';
import { excerpt, shortenAtWord } from './excerpt.ts';
import { formatIsoDate } from './format-date.ts';
import { html, trustedHtml, type SafeHtml } from './html.ts';
import type { SharedFacts } from '../links/corroboration.ts';
import { citedInHtml } from './cited-in.ts';
import { describeMatch } from './match-reasons.ts';
import { describeRelated } from './related-reasons.ts';
import { displayAddress } from './display-address.ts';
import { articlePath, claimInArticlePath, claimPath, originalPath } from './site-paths.ts';
import { sourcesAnchor } from './source-marker.ts';

/** Search engines show about this many characters of a description. */
const DESCRIPTION_LENGTH = 160;
/** Enough to recognise a corroborated sentence; the link leads to all of it. */
const QUOTE_LENGTH = 140;

/** An article as a related-article entry shows it. */
export interface RelatedArticleData extends ArticleBylineData {
  slug: string;
  title: { value: string };
  /** Language of the article text (BCP 47). */
  language: string;
}

/** Other articles reporting a claim's fact (see `corroboration.ts`). */
export interface ArticleClaimCorroboration {
  outlets: number;
  reports: readonly { claim: string; slug: string; outlet: string; title: string; confidence: number; shared: SharedFacts }[];
}

/** The fields of an article entry's data the reading page needs (a structural subset of the collection's schema). */
export interface ArticlePageData extends RelatedArticleData {
  /** The first paragraph of the cleaned text, for the description. */
  lead: string;
  url?: string | undefined;
  removedCount: number;
  claims: readonly { id: string; text: string; corroboration: ArticleClaimCorroboration }[];
  related: readonly { slug: string; score: number; reasons: RelatedReasons }[];
}

/** Everything the reading page is made of. */
export interface ArticlePageInput {
  article: ArticlePageData;
  /** The article's rendered HTML, produced by the articles loader (see src/loaders/article-cache.ts). */
  html: string;
  /** The article's withdrawn claims, most recent first (see `withdrawnClaimsByArticle`). */
  withdrawn: readonly WithdrawnClaim[];
  /** The related articles (or every article) by slug, for their titles, outlets and dates. */
  articles: ReadonlyMap<string, RelatedArticleData>;
  /** The dossier's language, for the interface and dates. */
  language: string;
  /** The site's base path (`import.meta.env.BASE_URL`, e.g. `/`). */
  base: string;
  /** The analyses citing the article or any of its claims (see analysis-backlinks.ts). */
  citedIn?: readonly AnalysisRef[] | undefined;
}

/** What the reading page passes to the layout's `<head>`. */
export interface ArticlePageHead {
  title: string;
  description: string;
  ogType: 'article';
  published?: string;
  /** For a draft: not to be indexed. */
  noindex?: boolean;
}

/** The layout's head fields of a reading page. */
export function articlePageHead(article: Pick<ArticlePageData, 'title' | 'lead' | 'published' | 'draft'>): ArticlePageHead {
  return {
    title: article.title.value,
    description: excerpt(article.lead, DESCRIPTION_LENGTH),
    ogType: 'article',
    ...(article.published && { published: article.published.value }),
    ...(article.draft && { noindex: true }),
  };
}

function withdrawnClaims(t: UiStrings, input: ArticlePageInput): SafeHtml | false {
  const claims = input.withdrawn;
  if (claims.length === 0) return false;
  const items = claims.map(
    (claim) =>
      html`<li id="${claim.id}" class="withdrawn-claim"><q lang="${input.article.language}">${claim.text}</q> <a class="meta" href="${claimPath(input.base, claim.id)}">${claim.withdrawn ? t.withdrawnOn(formatIsoDate(claim.withdrawn, input.language)) : t.claimWithdrawnTitle}</a></li>`,
  );
  return html`<section class="withdrawn-claims" aria-labelledby="withdrawn-claims-heading"><h2 id="withdrawn-claims-heading">${t.withdrawnClaimsHeading}</h2><p class="meta">${t.withdrawnClaimsIntro}</p><ul>${items}</ul></section>`;
}

function corroborationNotes(t: UiStrings, input: ArticlePageInput): SafeHtml | false {
  const corroborated = input.article.claims.filter((claim) => claim.corroboration.reports.length > 0);
  if (corroborated.length === 0) return false;
  const items = corroborated.map((claim) => {
    const reports = claim.corroboration.reports.map(
      (report, i) =>
        html`${i > 0 && '; '}<a href="${claimInArticlePath(input.base, report.slug, report.claim)}" data-claim="${report.claim}">${report.outlet}</a> <span class="meta">(${t.quoteMarks[0]}${report.title}${t.quoteMarks[1]}; ${describeMatch(report, t, input.language)})</span>`,
    );
    return html`<li id="${sourcesAnchor(claim.id)}"><a href="${`#${claim.id}`}" title="${t.backToClaim}" lang="${input.article.language}">${t.quoteMarks[0]}${shortenAtWord(claim.text, QUOTE_LENGTH)}${t.quoteMarks[1]}</a> <span class="outlet-count">(${t.outletCount(claim.corroboration.outlets)})</span><p class="also-reported">${t.alsoReportedBy}: ${reports}</p></li>`;
  });
  // The count of the rest says what the text no longer marks: which sentences stand in this article alone.
  const summary = t.corroborationSummary(corroborated.length, input.article.claims.length);
  return html`<section class="corroboration" aria-labelledby="corroboration-heading"><h2 id="corroboration-heading">${t.corroborationHeading}</h2><p class="meta">${summary} ${t.corroborationIntro}</p><ol>${items}</ol></section>`;
}

function relatedArticles(t: UiStrings, input: ArticlePageInput): SafeHtml | false {
  // A related slug missing from the map is skipped, as the component did: the page must not fail on a stale link.
  const items = input.article.related.flatMap((r) => {
    const other = input.articles.get(r.slug);
    if (!other) return [];
    const reasons = describeRelated(r, t, input.language);
    const date = other.published && html` · <time datetime="${other.published.value}">${formatIsoDate(other.published.value, input.language)}</time>`;
    return [
      // In astro dev a published article may be related to a draft: say so, as a build will not link it.
      html`<li>${other.draft && html`${draftMarkerHtml(input.language)} `}<a href="${articlePath(input.base, other.slug)}" lang="${other.language}">${other.title.value}</a><p class="related-source meta">${other.outlet.value}${date}</p><p class="related-reasons meta">${reasons.join(' · ')}</p></li>`,
    ];
  });
  if (items.length === 0) return false;
  return html`<section class="related" aria-labelledby="related-heading"><h2 id="related-heading">${t.relatedHeading}</h2><ol>${items}</ol></section>`;
}

/**
 * The content of `<main>` of a reading page: the article and the live
 * region the claim-link script announces copies in (the script itself comes
 * with the page frame).
 */
export function articlePageMain(input: ArticlePageInput): SafeHtml {
  const { article, base, language } = input;
  const t = uiStrings(language);
  // The original address under the byline, where an investigative reader looks for it first.
  const source =
    article.url && html`<p class="source-address meta">${t.sourceLink(article.outlet.value)}: <a href="${article.url}" rel="external noreferrer">${displayAddress(article.url)}</a></p>`;
  const links = html`<nav class="article-links" aria-label="${t.sourcesLabel}"><ul><li><a href="${originalPath(base, article.slug)}">${t.originalLink}</a><span class="meta">(${t.removalCount(article.removedCount)})</span></li><li><a href="${base}">${t.backToIndex}</a></li></ul></nav>`;
  // The loader rendered and escaped the article text itself; it is the one markup taken as it is.
  const body = trustedHtml(input.html);
  return html`<article><header class="article-header"><h1 lang="${article.language}">${article.title.value}</h1>${articleBylineHtml(article, language)}${source}</header><div class="article-body" lang="${article.language}">${body}</div>${withdrawnClaims(t, input)}${corroborationNotes(t, input)}${relatedArticles(t, input)}${citedInHtml(input.citedIn, input)}${links}</article><p class="visually-hidden" aria-live="polite" data-claim-status data-copied="${t.claimLinkCopied}"></p>`;
}
