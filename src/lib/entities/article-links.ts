/**
 * The articles the curator links to an event by hand (`articles:` in
 * `content/entities.yaml`): each must name an article of the dossier, and
 * only events list articles, since a person or place is linked where the
 * text names it.
 */
import { didYouMean } from '../text/did-you-mean.ts';
import type { Entity } from './entity.ts';
import type { RegistryConflict } from './registry-conflicts.ts';

/** Every link to an article the dossier does not have, and every `articles:` of an entity that is no event. */
export function articleLinkConflicts(entities: readonly Entity[], articles: readonly string[]): RegistryConflict[] {
  const known = new Set(articles);
  return entities.flatMap((entity, index): RegistryConflict[] => {
    const linked = entity.articles ?? [];
    if (linked.length === 0) return [];
    if (entity.type !== 'event') {
      return [{
        index,
        path: ['articles'],
        message: `is given for a ${entity.type}; only an event lists its articles.`,
        fix: `Remove \`articles:\` from \`${entity.id}\`: a ${entity.type} is linked wherever the articles name it; add the spellings they use to its \`aliases\`.`,
      }];
    }
    return linked.flatMap((article, position): RegistryConflict[] => {
      if (known.has(article)) return [];
      const guess = didYouMean(article, articles);
      return [{
        index,
        path: ['articles', position],
        message: `is \`${article}\`, which is no article in content/articles/.`,
        fix: guess
          ? `Did you mean \`${guess}\`? Write the article's file name without its extension.`
          : 'Write the file name of an article in content/articles/ without its extension, e.g. `004_bd2a967ae327f507`, or remove the entry.',
      }];
    });
  });
}

/** For each article, the events linked to it by hand. */
export function eventsByArticle(entities: readonly Entity[]): Map<string, string[]> {
  const byArticle = new Map<string, string[]>();
  for (const entity of entities) {
    for (const article of entity.articles ?? []) byArticle.set(article, [...(byArticle.get(article) ?? []), entity.id]);
  }
  return byArticle;
}
