/**
 * Places that stand for one another in news prose: a capital and its
 * country ("Moskau" for Russland, "Washington" for the USA), a city and the
 * country it lies in ("die Hauptstadt von Türkiye" for Ankara). Two reports
 * of one fact often name it at different levels: one says the talks were in
 * "Ankara", the other "in der Hauptstadt von Türkiye".
 *
 * The registry says how its places relate in their descriptions ("Hauptstadt
 * der Türkei.", "Staat … mit der Hauptstadt Moskau."), so the relation is
 * read from there: a place stands for every other place its description
 * names, and that place for it. Only places: an organisation's seat
 * ("Amtssitz … in Moskau") is no stand-in for the city.
 */
import type { Entity } from './entity.ts';
import { compileEntityMatcher, directMentions, type EntityMatcher } from './entity-matcher.ts';

/**
 * For each place of `entities` that has any, the ids of the places that may
 * stand for it (the stand-ins of `links/entity-agreement.ts`), read off
 * their descriptions with `matcher` (compiled from `entities` when not given).
 */
export function standingPlaces(entities: readonly Entity[], matcher: EntityMatcher = compileEntityMatcher(entities)): ReadonlyMap<string, readonly string[]> {
  const places = new Set(entities.filter((e) => e.type === 'place').map((e) => e.id));
  const near = new Map<string, Set<string>>();
  const relate = (a: string, b: string) => {
    const set = near.get(a) ?? new Set<string>();
    near.set(a, set.add(b));
  };
  for (const entity of entities) {
    if (entity.type !== 'place') continue;
    for (const mention of directMentions(matcher, entity.description)) {
      if (mention.entity === entity.id || !places.has(mention.entity)) continue;
      relate(entity.id, mention.entity);
      relate(mention.entity, entity.id);
    }
  }
  return new Map([...near].map(([id, set]) => [id, [...set].sort()]));
}
