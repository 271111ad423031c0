/** How the articles loader links entity mentions and records them, given the registry and the site's base path. */
import type { Block } from '../lib/clean/types.ts';
import { articleEntities, type ArticleEntities, type ClaimText } from '../lib/entities/article-entities.ts';
import { compileEntityMatcher } from '../lib/entities/entity-matcher.ts';
import type { Entity } from '../lib/entities/entity.ts';
import type { EntityInput } from '../lib/links/cross-link.ts';
import type { EntityLinkOptions } from '../lib/render/rehype-entity-links.ts';
import { entityPath } from '../lib/render/site-paths.ts';

/** The registry compiled once per sync: rendering options for the links, and the stored mention data. */
export interface EntityLinking {
  render: EntityLinkOptions;
  annotate: (blocks: readonly Block[], claims: readonly ClaimText[]) => ArticleEntities;
  /** What cross-linking needs of the articles' annotations: shared entities make two claims or articles related. */
  evidence: (annotations: readonly ArticleEntities[]) => EntityInput;
}

/** Compiles the registry for one sync of the articles. */
export function entityLinking(entities: readonly Entity[], base: string): EntityLinking {
  const matcher = compileEntityMatcher(entities);
  return {
    render: { matcher, href: (id) => entityPath(base, id) },
    annotate: (blocks, claims) => articleEntities(matcher, blocks, claims),
    evidence: (annotations) => {
      const byClaim = new Map(annotations.flatMap((a) => Object.entries(a.claimEntities)));
      return { ofClaim: (id) => byClaim.get(id) ?? [], names: new Map(entities.map((e) => [e.id, e.name])) };
    },
  };
}
