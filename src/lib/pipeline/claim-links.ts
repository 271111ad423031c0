/**
 * Glue between the pipeline and cross-linking (`src/lib/links/`):
 * what an entry contributes to it, and what it adds back to the entry's
 * claims and HTML.
 */
import type { ElementContent } from 'hast';
import type { PublishedClaim } from '../claims/publish-claims.ts';
import type { ClaimLinks, CrossLinkArticle, CrossLinks } from '../links/cross-link.ts';
import { sourceMarker, type SourceMarkLabels } from '../render/source-marker.ts';

/** The fields of an article's data that cross-linking reads (a prepared record or a stored entry's data). */
export interface ArticleFields {
  title: { value: string };
  outlet: { value: string };
  published?: { value: string } | undefined;
  /** The article's language (sidecar, else dossier): its dates are read with its words. */
  language: string;
}

/** Those fields of a stored entry's data (validated by the collection schema when it was stored). */
export function storedFields(data: Record<string, unknown>): ArticleFields {
  return {
    title: data.title as ArticleFields['title'],
    outlet: data.outlet as ArticleFields['outlet'],
    published: data.published as ArticleFields['published'],
    language: data.language as string,
  };
}

/** An article as cross-linking takes it; `dates`, each claim's, when an earlier run read them (see `CrossLinkArticle`). */
export function linkingInput(slug: string, article: ArticleFields, claims: readonly PublishedClaim[], dates?: CrossLinkArticle['dates']): CrossLinkArticle {
  return { slug, title: article.title.value, outlet: article.outlet.value, published: article.published?.value, language: article.language, claims, dates };
}

/** The claims as stored: each with its dates and corroboration. */
export function linkedClaims(claims: readonly PublishedClaim[], links: CrossLinks): Array<PublishedClaim & ClaimLinks> {
  return claims.map((claim) => ({ ...claim, ...links.claims.get(claim.id)! }));
}

/** The corroboration mark after each claim in the article HTML. */
export function sourceMarkers(links: CrossLinks, labels: SourceMarkLabels) {
  return (claimId: string): ElementContent[] => {
    const claim = links.claims.get(claimId);
    return claim ? sourceMarker(claimId, claim.corroboration, labels) : [];
  };
}
