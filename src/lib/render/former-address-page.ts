/**
 * The pages at an article's former address, for its reading page and its
 * original: a redirect (meta refresh, with the new address as canonical,
 * and a link for whoever the refresh does not move) or a tombstone.
 */
import { uiStrings } from '../../i18n/index.ts';
import type { FormerAddress } from '../addresses/former-addresses.ts';
import { formatIsoDate } from './format-date.ts';
import { html } from './html.ts';
import type { PageDocument } from './page-document.ts';
import { articlePath, originalPath } from './site-paths.ts';

/** Which of the article's pages stood at the address. */
export type FormerPage = 'reading' | 'original';

/** The document at `former`'s reading or original page address, on a site under `base`. */
export function formerAddressDocument(former: FormerAddress, page: FormerPage, ctx: { base: string; language: string }): PageDocument {
  const t = uiStrings(ctx.language);
  if (former.kind === 'withdrawn') {
    const statement = t.articleWithdrawnText(former.title, former.withdrawn && formatIsoDate(former.withdrawn, ctx.language));
    return {
      title: t.articleWithdrawnTitle,
      description: statement,
      ogType: 'website',
      head: html`<meta name="robots" content="noindex">`,
      main: html`<article class="claim-page"><h1>${t.articleWithdrawnTitle}</h1><p>${statement}</p><p class="claim-actions"><a href="${ctx.base}">${t.homeLink}</a></p></article>`,
    };
  }
  const target = page === 'reading' ? articlePath(ctx.base, former.target) : originalPath(ctx.base, former.target);
  return {
    title: t.articleMovedTitle,
    description: t.articleMovedText(former.title),
    ogType: 'website',
    // Below the base, as the frame expects it.
    canonical: `articles/${encodeURIComponent(former.target)}/${page === 'reading' ? '' : 'original/'}`,
    head: html`<meta http-equiv="refresh" content="0; url=${target}"><meta name="robots" content="noindex">`,
    main: html`<article class="claim-page"><h1>${t.articleMovedTitle}</h1><p>${t.articleMovedText(former.title)}</p><p class="claim-actions"><a href="${target}">${t.claimArticleLink(former.title)}</a></p></article>`,
  };
}
