/**
 * What citations can point at, built from the articles as either side has
 * them: `dossier check` from the loaded dossier, the build from the article
 * collection (both carry slug, file, title, outlet, date and language).
 */
import { followAddress, type AddressLedger } from '../addresses/address-ledger.ts';
import type { Ledger } from '../claims/claim-ledger.ts';
import { articleKey } from '../claims/draft-claims.ts';
import type { CitationIndex, CitedArticle } from './resolve-citations.ts';

/** An article with the fields a citation shows. */
export interface IndexedArticle {
  slug: string;
  file: string;
  title: { value: string };
  outlet: { value: string };
  published?: { value: string } | undefined;
  language: string;
}

/**
 * The index of the articles, the claim ledger and the entities (id and
 * name); analysis titles are added by `checkAnalyses`. With the address
 * ledger, a renamed article's former slugs lead to it, as its old address does.
 */
export function citationIndex(
  articles: readonly IndexedArticle[],
  ledger: Ledger,
  entities: Iterable<{ id: string; name: string }>,
  addresses?: AddressLedger,
): Omit<CitationIndex, 'analysisTitles'> {
  const cited = articles.map((a): [string, CitedArticle] => [
    articleKey(a.file),
    { slug: a.slug, title: a.title.value, outlet: a.outlet.value, published: a.published?.value, language: a.language },
  ]);
  const articleBySlug = new Map(cited.map(([, a]) => [a.slug, a]));
  return {
    ledger,
    articleByKey: new Map(cited),
    articleBySlug,
    renamedTo: new Map(Object.entries(addresses?.addresses ?? {}).flatMap(([slug, entry]) => renamedTo(addresses!, slug, entry.status, articleBySlug))),
    entityNames: new Map([...entities].map((e) => [e.id, e.name])),
  };
}

/** `[former slug, live slug]` when `slug` was renamed and its trail ends at an article of this build. */
function renamedTo(addresses: AddressLedger, slug: string, status: string, live: ReadonlyMap<string, CitedArticle>): [string, string][] {
  if (status !== 'renamed' || live.has(slug)) return [];
  const end = followAddress(addresses, slug);
  return end.ok && live.has(end.slug) ? [[slug, end.slug]] : [];
}
