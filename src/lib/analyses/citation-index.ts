/**
 * What citations can point at, built from the articles as either side has
 * them: `dossier check` from the loaded dossier, the build from the article
 * collection (both carry slug, file, title, outlet, date and language).
 */
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

/** The index of the articles, the ledger and the entities (id and name); analysis titles are added by `checkAnalyses`. */
export function citationIndex(articles: readonly IndexedArticle[], ledger: Ledger, entities: Iterable<{ id: string; name: string }>): Omit<CitationIndex, 'analysisTitles'> {
  const cited = articles.map((a): [string, CitedArticle] => [
    articleKey(a.file),
    { slug: a.slug, title: a.title.value, outlet: a.outlet.value, published: a.published?.value, language: a.language },
  ]);
  return {
    ledger,
    articleByKey: new Map(cited),
    articleBySlug: new Map(cited.map(([, a]) => [a.slug, a])),
    entityNames: new Map([...entities].map((e) => [e.id, e.name])),
  };
}
