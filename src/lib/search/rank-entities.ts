/**
 * The entities a query names, for the entity group of the results: those
 * matching more of the query's words first, then the closer matches.
 */
import type { EntityLookup } from './entity-lookup.ts';
import type { ResolvedWord } from './resolve-words.ts';
import type { EntityHit } from './search-types.ts';

/**
 * Entities matched by the resolved words of a query, best first: more words
 * matched, then more words that stand for the entity alone (`Burns` is the
 * person before the meeting whose name mentions him), then closer matches.
 */
export function rankEntities(words: readonly ResolvedWord[], lookup: EntityLookup): EntityHit[] {
  const scores = new Map<number, { words: number; distinctive: number; weight: number; via: string; viaWeight: number }>();
  for (const { entities } of words) {
    for (const m of entities) {
      const s = scores.get(m.entity) ?? { words: 0, distinctive: 0, weight: 0, via: m.via, viaWeight: 0 };
      s.words++;
      if (m.distinctive) s.distinctive++;
      s.weight += m.weight;
      if (m.weight > s.viaWeight) Object.assign(s, { via: m.via, viaWeight: m.weight });
      scores.set(m.entity, s);
    }
  }
  return [...scores]
    .sort(([a, x], [b, y]) => y.words - x.words || y.distinctive - x.distinctive || y.weight - x.weight || a - b)
    .map(([entity, s]) => {
      const { id, name, type } = lookup.entities[entity]!;
      const spelling = lookup.spellingWith(entity, s.via);
      return { id, name, type, ...(spelling !== name && { matchedAlias: spelling }) };
    });
}
