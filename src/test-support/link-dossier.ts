/**
 * Cross-links a fixture dossier the way a build does (load and clean,
 * draft claims, find entity mentions, link), with claim ids a reader of a
 * test can follow: `<article number>.<claim index>` ("003.11").
 */
import { draftClaims } from '../lib/claims/draft-claims.ts';
import { loadDossier } from '../lib/content/load-dossier.ts';
import { articleEntities } from '../lib/entities/article-entities.ts';
import { compileEntityMatcher } from '../lib/entities/entity-matcher.ts';
import { readEntities } from '../lib/entities/read-entities.ts';
import { standingPlaces } from '../lib/entities/standing-places.ts';
import { crossLink, type CrossLinkArticle, type CrossLinks } from '../lib/links/cross-link.ts';

/** A linked fixture dossier, its articles keyed by their file number. */
export interface LinkedDossier {
  articles: CrossLinkArticle[];
  links: CrossLinks;
  /** Entity ids by claim id. */
  claimEntities: ReadonlyMap<string, readonly string[]>;
}

/** Loads, cleans and cross-links the dossier under `root`; with `entities: false`, without its entity registry. */
export async function linkDossier(root: string, options: { entities?: boolean } = {}): Promise<LinkedDossier> {
  const dossier = await loadDossier(root);
  const articles: CrossLinkArticle[] = dossier.articles.map((a) => {
    const number = /(\d{3})_[^/]*$/.exec(a.file)?.[1] ?? a.file;
    return {
      slug: number,
      outlet: a.outlet.value,
      title: a.title.value,
      published: a.published?.value,
      claims: draftClaims(a.cleaned.blocks, a.language).map((c, i) => ({ id: `${number}.${i}`, text: c.text, block: c.block })),
    };
  });
  if (options.entities === false) return { articles, links: crossLink(articles), claimEntities: new Map() };
  const registry = await readEntities(root);
  const matcher = compileEntityMatcher(registry.entities);
  const claimEntities = new Map(
    dossier.articles.flatMap((a, i) => Object.entries(articleEntities(matcher, a.cleaned.blocks, articles[i]!.claims).claimEntities)),
  );
  const links = crossLink(articles, {
    ofClaim: (id) => claimEntities.get(id) ?? [],
    names: new Map(registry.entities.map((e) => [e.id, e.name])),
    standIns: standingPlaces(registry.entities, matcher),
  });
  return { articles, links, claimEntities };
}
