/**
 * The pages at `/c/<id>/` as strings: a live claim (the quotation with its
 * source, its labelled neighbours, the way into the article and to its
 * original address, the curator's review, who else reports it and whom it names),
 * a moved id (the sentence now and then) and a withdrawn id (a tombstone).
 * Written without Astro's renderer because a large dossier has tens of
 * thousands of them; the markup is what the Astro components wrote before.
 */
import { uiStrings } from '../../i18n/index.ts';
import type { AnalysisRef } from '../analyses/analysis-backlinks.ts';
import { claimJsonLd, jsonLdText } from '../claims/claim-json-ld.ts';
import type { ClaimArticle, ClaimInArticle, ClaimPage } from '../claims/claim-pages.ts';
import { claimShareTitle, claimSource } from '../claims/claim-share.ts';
import type { SharedFacts } from '../links/corroboration.ts';
import type { ShownReview } from '../reviews/resolve-reviews.ts';
import { draftMarkerHtml } from './article-byline.ts';
import { claimReviewParts } from './claim-review-section.ts';
import { formatIsoDate } from './format-date.ts';
import { html, trustedHtml, type SafeHtml } from './html.ts';
import { citedInHtml } from './cited-in.ts';
import { describeMatch } from './match-reasons.ts';
import type { PageDocument } from './page-document.ts';
import { articlePath, claimInArticlePath, claimPath, entityPath } from './site-paths.ts';

/** Who else reports a claim (see `corroboration.ts`). */
export interface ClaimCorroboration {
  outlets: number;
  reports: readonly { claim: string; outlet: string; title: string; confidence: number; shared: SharedFacts }[];
}

/** An article as claim pages need it: its claims carry their corroboration. */
export interface ClaimPageArticle extends ClaimArticle {
  claims: readonly { id: string; text: string; corroboration?: ClaimCorroboration; review?: ShownReview }[];
  /** A draft's claims have pages in `astro dev` only, marked like its byline. */
  draft?: boolean | undefined;
  /** The article's original address, when the sidecar gives it. */
  url?: string | undefined;
  /** Ids of the entities each claim names, by claim id (see `article-entities.ts`). */
  claimEntities?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** Where the site lives: `base` is the path prefix (`/`), `site` the absolute origin and base (`https://example.org/`). */
export interface SiteContext {
  base: string;
  site: string;
  /** The dossier's language, for the interface and dates. */
  language: string;
  /** The registry's names by entity id, for the entities a claim names. */
  entityNames?: ReadonlyMap<string, string> | undefined;
  /** The dossier's title: the author of a review that names none. */
  dossierTitle?: string | undefined;
  /** The analyses citing each claim, by claim id (see analysis-backlinks.ts). */
  citedIn?: ReadonlyMap<string, readonly AnalysisRef[]> | undefined;
}

/** Path below the base of a claim's page. */
export function claimPagePath(id: string): string {
  return claimPath('', id).replace(/^\//, '');
}

function figure(text: string, article: ClaimPageArticle, cite: string, language: string): SafeHtml {
  const draft = article.draft && html`${draftMarkerHtml(language)}<span class="sep" aria-hidden="true">·</span>`;
  const date = article.published && html`<span class="sep" aria-hidden="true">·</span><time datetime="${article.published.value}">${formatIsoDate(article.published.value, language)}</time>`;
  return html`<figure class="claim-quote"><blockquote cite="${cite}" lang="${article.language}"><p>${text}</p></blockquote><figcaption class="meta">${draft}<span class="outlet">${article.outlet.value}</span>${date}</figcaption></figure>`;
}

function corroborationNote(corroboration: ClaimCorroboration, ctx: SiteContext): SafeHtml {
  const t = uiStrings(ctx.language);
  if (corroboration.reports.length === 0) return html`<p class="claim-corroboration meta">${t.singleSourceNote}</p>`;
  const reports = corroboration.reports.map(
    (report) => html`<li><a href="${claimPath(ctx.base, report.claim)}">${report.outlet}</a> (${t.quoteMarks[0]}${report.title}${t.quoteMarks[1]}) <span class="match-reasons">${describeMatch(report, t, ctx.language)}</span></li>`,
  );
  return html`<div class="claim-corroboration meta"><p><strong>${t.outletCount(corroboration.outlets)}</strong> · ${t.alsoReportedBy}:</p><ul>${reports}</ul></div>`;
}

/** The registry entries the sentence names, linked to their pages; an id the registry lost is left out. */
function namedEntities(claimId: string, article: ClaimPageArticle, ctx: SiteContext): SafeHtml | false {
  const t = uiStrings(ctx.language);
  const items = (article.claimEntities?.[claimId] ?? []).flatMap((id) => {
    const name = ctx.entityNames?.get(id);
    return name === undefined ? [] : [html`<li><a href="${entityPath(ctx.base, id)}">${name}</a></li>`];
  });
  return items.length > 0 && html`<section class="claim-entities" aria-labelledby="claim-entities-heading"><h2 id="claim-entities-heading">${t.claimEntitiesHeading}</h2><ul>${items}</ul></section>`;
}

function source(article: ClaimArticle, language: string): string {
  return claimSource({ outlet: article.outlet.value, published: article.published?.value, title: article.title.value, language });
}

function livePage(claim: ClaimInArticle<ClaimPageArticle>, ctx: SiteContext): PageDocument {
  const { article } = claim;
  const t = uiStrings(ctx.language);
  const absolute = (path: string) => new URL(path, ctx.site).href;
  const inContext = claimInArticlePath(ctx.base, article.slug, claim.id);
  const { corroboration, review } = article.claims.find((c) => c.id === claim.id) ?? {};
  const jsonLd = claimJsonLd({
    text: claim.text,
    url: absolute(claimPath(ctx.base, claim.id)),
    language: article.language,
    outlet: article.outlet.value,
    ...(article.published && { published: article.published.value }),
    article: { title: article.title.value, url: absolute(articlePath(ctx.base, article.slug)) },
  });
  // Labelled on screen too: unlabelled, the sentence after read as part of the quotation (issue #19).
  const neighbour = (label: string, text: string | undefined) =>
    text !== undefined && html`<p class="claim-neighbour"><span class="claim-neighbour-label">${label} </span>${text}</p>`;
  const reviewed = review && claimReviewParts(review, { id: claim.id, text: claim.text, url: absolute(claimPath(ctx.base, claim.id)) }, {
    base: ctx.base,
    language: ctx.language,
    dossier: { title: ctx.dossierTitle ?? ctx.site, url: ctx.site },
  });
  const original = article.url && html` <a class="claim-original" href="${article.url}" rel="external noreferrer">${t.sourceLink(article.outlet.value)}</a>`;
  return {
    title: claimShareTitle(claim.text),
    description: source(article, ctx.language),
    ogType: 'article',
    ...(article.published && { published: article.published.value }),
    // JSON-LD is data, not script: jsonLdText escapes `<` so the text cannot close the element.
    head: html`<meta name="twitter:card" content="summary"><script type="application/ld+json">${trustedHtml(jsonLdText(jsonLd))}</script>${reviewed && reviewed.head}`,
    main: html`<article class="claim-page"><h1 class="claim-page-title">${t.claimFrom} ${t.quoteMarks[0]}<a href="${articlePath(ctx.base, article.slug)}">${article.title.value}</a>${t.quoteMarks[1]}</h1><div class="claim-passage" lang="${article.language}">${neighbour(t.claimBefore, claim.before)}${figure(claim.text, article, absolute(inContext), ctx.language)}${neighbour(t.claimAfter, claim.after)}</div>${reviewed && reviewed.main}<p class="claim-actions"><a class="claim-in-context" href="${inContext}">${t.claimInContext}</a>${original}</p>${corroboration && corroborationNote(corroboration, ctx)}${namedEntities(claim.id, article, ctx)}${citedInHtml(ctx.citedIn?.get(claim.id), ctx)}</article>`,
  };
}

function movedPage(id: string, formerText: string, current: ClaimInArticle<ClaimPageArticle>, ctx: SiteContext): PageDocument {
  const { article } = current;
  const t = uiStrings(ctx.language);
  const inContext = claimInArticlePath(ctx.base, article.slug, current.id);
  return {
    title: t.claimMovedTitle,
    description: source(article, ctx.language),
    ogType: 'website',
    canonical: claimPagePath(current.id),
    main: html`<article class="claim-page"><h1>${t.claimMovedTitle}</h1><p>${t.claimMovedText}</p>${figure(current.text, article, new URL(inContext, ctx.site).href, ctx.language)}<p class="claim-actions"><a class="claim-in-context" href="${inContext}">${t.claimInContext}</a></p><h2>${t.claimFormerText}</h2><blockquote class="claim-former" lang="${article.language}"><p>${formerText}</p></blockquote><p class="meta"><a href="${articlePath(ctx.base, article.slug)}">${t.claimArticleLink(article.title.value)}</a></p>${citedInHtml(ctx.citedIn?.get(id), ctx)}</article>`,
  };
}

function withdrawnPage(id: string, formerText: string, withdrawn: string | undefined, article: ClaimArticle | undefined, ctx: SiteContext): PageDocument {
  const t = uiStrings(ctx.language);
  const statement = t.claimWithdrawnText(withdrawn && formatIsoDate(withdrawn, ctx.language));
  const onward = article
    ? html`<a href="${articlePath(ctx.base, article.slug)}">${t.claimArticleLink(article.title.value)}</a>`
    : html`<a href="${ctx.base}">${t.homeLink}</a>`;
  return {
    title: t.claimWithdrawnTitle,
    description: statement,
    ogType: 'website',
    main: html`<article class="claim-page"><h1>${t.claimWithdrawnTitle}</h1><p>${statement}</p><h2>${t.claimLastText}</h2><blockquote class="claim-former"${article ? html` lang="${article.language}"` : ''}><p>${formerText}</p></blockquote><p class="claim-actions">${onward}</p>${citedInHtml(ctx.citedIn?.get(id), ctx)}</article>`,
  };
}

/** The document of one claim page (see `claimPages` for which ids get which kind); a draft's is not to be indexed. */
export function claimPageDocument(page: ClaimPage<ClaimPageArticle>, ctx: SiteContext): PageDocument {
  const article = page.kind === 'moved' ? page.current.article : page.article;
  const document = pageOfKind(page, ctx);
  return article?.draft ? { ...document, noindex: true } : document;
}

function pageOfKind(page: ClaimPage<ClaimPageArticle>, ctx: SiteContext): PageDocument {
  switch (page.kind) {
    case 'live':
      return livePage(page, ctx);
    case 'moved':
      return movedPage(page.id, page.formerText, page.current, ctx);
    case 'withdrawn':
      return withdrawnPage(page.id, page.formerText, page.withdrawn, page.article, ctx);
  }
}
