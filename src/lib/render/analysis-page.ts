/**
 * An analysis's page, `/analysen/<slug>/`: title, author and date, the
 * summary, the curator's text with its citations, and the numbered list of
 * the claims it cites (each with its outlet, date and, where the ledger says
 * so, that it was revised or withdrawn).
 */
import { uiStrings } from '../../i18n/index.ts';
import { citationStatus } from '../analyses/remark-citations.ts';
import type { RenderedAnalysis } from '../analyses/render-analysis.ts';
import type { AnalysisFrontmatter } from '../analyses/analysis-frontmatter.ts';
import { excerpt } from './excerpt.ts';
import { formatIsoDate } from './format-date.ts';
import { html, trustedHtml } from './html.ts';
import type { PageDocument } from './page-document.ts';
import { claimPath } from './site-paths.ts';

/** The description's length, as an article page's (see article-page.ts). */
const DESCRIPTION_LENGTH = 200;

/** The document of an analysis page; `rendered.html` comes from render-analysis.ts, which escapes every text. */
export function analysisPageDocument(frontmatter: AnalysisFrontmatter, rendered: RenderedAnalysis, ctx: { base: string; language: string }): PageDocument {
  const t = uiStrings(ctx.language);
  const q = (text: string) => `${t.quoteMarks[0]}${text}${t.quoteMarks[1]}`;
  const sources = rendered.numbered.map((claim) => {
    const status = citationStatus(claim, ctx.language);
    const date = claim.article?.published && html`<span class="sep" aria-hidden="true">·</span><time datetime="${claim.article.published}">${formatIsoDate(claim.article.published, ctx.language)}</time>`;
    const href = claimPath(ctx.base, claim.id);
    return html`<li><a href="${href}"${claim.article ? html` lang="${claim.article.language}"` : ''}>${q(claim.text)}</a> <span class="meta">${claim.article?.outlet}${date}${status && html`<span class="sep" aria-hidden="true">·</span><span class="citation-status">${status}</span>`}</span></li>`;
  });
  return {
    title: frontmatter.title,
    description: excerpt(frontmatter.summary, DESCRIPTION_LENGTH),
    ogType: 'article',
    published: frontmatter.date,
    main: html`<article class="analysis"><p class="meta">${t.analysisLabel}</p><h1>${frontmatter.title}</h1><p class="meta">${t.analysisByline(frontmatter.author, formatIsoDate(frontmatter.date, ctx.language))}</p><p class="intro">${frontmatter.summary}</p><div class="analysis-body">${trustedHtml(rendered.html)}</div>${sources.length > 0 && html`<section class="analysis-sources" aria-labelledby="analysis-sources-heading"><h2 id="analysis-sources-heading">${t.analysisSourcesHeading}</h2><ol>${sources}</ol></section>`}</article>`,
  };
}
