/** How the pipeline links entity mentions and records them, given the registry and the site's base path. */
import type { Block } from '../clean/types.ts';
import { aboutEvents, articleEntities, type ArticleEntities, type ClaimText } from '../entities/article-entities.ts';
import { eventsByArticle } from '../entities/article-links.ts';
import { compileEntityMatcher } from '../entities/entity-matcher.ts';
import type { Entity } from '../entities/entity.ts';
import { standingPlaces } from '../entities/standing-places.ts';
import type { EntityInput } from '../links/cross-link.ts';
import type { EntityLinkOptions } from '../render/rehype-entity-links.ts';
import { entityPath } from '../render/site-paths.ts';

/** The registry compiled once per sync: rendering options for the links, and the stored mention data. */
export interface EntityLinking {
  render: EntityLinkOptions;
  annotate: (blocks: readonly Block[], claims: readonly ClaimText[]) => ArticleEntities;
  /** The events an article is about by its title or the curator's links, given its title and key (file name without extension). */
  about: (title: string, key: string) => string[];
  /** What cross-linking needs of the articles' annotations: shared entities make two claims or articles related. */
  evidence: (annotations: readonly ArticleEntities[]) => EntityInput;
}

/** Compiles the registry for one sync of the articles. */
export function entityLinking(entities: readonly Entity[], base: string): EntityLinking {
  const matcher = compileEntityMatcher(entities);
  const events = new Set(entities.filter((e) => e.type === 'event').map((e) => e.id));
  const linked = eventsByArticle(entities);
  const standIns = standingPlaces(entities, matcher);
  return {
    render: { matcher, href: (id) => entityPath(base, id) },
    annotate: (blocks, claims) => articleEntities(matcher, blocks, claims),
    about: (title, key) => aboutEvents(matcher, events, title, linked.get(key) ?? []),
    evidence: (annotations) => {
      const byClaim = new Map(annotations.flatMap((a) => Object.entries(a.claimEntities)));
      return { ofClaim: (id) => byClaim.get(id) ?? [], names: new Map(entities.map((e) => [e.id, e.name])), standIns };
    },
  };
}
