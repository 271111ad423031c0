/**
 * The entity index page's lists and network: entities grouped by type with
 * their mention counts, and the graph of who is named with whom.
 */
import { ENTITY_TYPES, type EntityType } from './entity.ts';
import { layoutNetwork, type GraphEdge, type NetworkLayout } from './network-layout.ts';

/** An entity with the number of claims naming it. */
export interface DirectoryEntry {
  id: string;
  name: string;
  type: EntityType;
  claimCount: number;
}

/** The entries per type, in the registry's type order; most often named first, then by name. Empty types are left out. */
export function groupByType<T extends DirectoryEntry>(entries: readonly T[]): Array<{ type: EntityType; entries: T[] }> {
  return ENTITY_TYPES.map((type) => ({
    type,
    entries: entries
      .filter((e) => e.type === type)
      .sort((a, b) => b.claimCount - a.claimCount || a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1)),
  })).filter((group) => group.entries.length > 0);
}

/** Beyond this many nodes a network drawing is no longer readable; the lists name every entity. */
export const NETWORK_MAX_NODES = 60;

/**
 * The co-mention network of the entities that claims name most often (at
 * most {@link NETWORK_MAX_NODES}): a node per entity (sized by its claims),
 * an edge per pair named in the same claims.
 *
 * @param pairs symmetric co-mention counts (see `coMentionCounts`)
 */
export function coMentionNetwork(entries: readonly DirectoryEntry[], pairs: ReadonlyMap<string, ReadonlyMap<string, number>>): NetworkLayout {
  const named = entries
    .filter((e) => e.claimCount > 0)
    .sort((a, b) => b.claimCount - a.claimCount || (a.id < b.id ? -1 : 1))
    .slice(0, NETWORK_MAX_NODES);
  const ids = new Set(named.map((e) => e.id));
  const edges: GraphEdge[] = [];
  for (const [source, row] of pairs) {
    for (const [target, weight] of row) {
      if (source < target && ids.has(source) && ids.has(target)) edges.push({ source, target, weight });
    }
  }
  return layoutNetwork(named.map((e) => ({ id: e.id, label: e.name, weight: e.claimCount })), edges);
}

/** The network as text: each named entity (by name) with the entities named with it, most often first. */
export function connectionList<T extends DirectoryEntry>(
  entries: readonly T[],
  pairs: ReadonlyMap<string, ReadonlyMap<string, number>>,
): Array<{ entry: T; partners: Array<{ entry: T; count: number }> }> {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return entries
    .filter((e) => (pairs.get(e.id)?.size ?? 0) > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1))
    .map((entry) => ({
      entry,
      partners: [...pairs.get(entry.id)!]
        .flatMap(([id, count]) => (byId.has(id) ? [{ entry: byId.get(id)!, count }] : []))
        .sort((a, b) => b.count - a.count || a.entry.name.localeCompare(b.entry.name, 'de')),
    }));
}
