/**
 * The type a suggestion gives a name, from firm evidence only: the noun
 * that introduces it, and the agreement of its occurrences. A capital letter
 * alone tells no type, so without such evidence the curator chooses.
 */
import type { EntityType } from './entity.ts';
import { INTRODUCED_TYPES } from './name-signals.ts';

/** The type a title noun gives the name it introduces (`Zeitung` → organisation), if any. */
export function introducedType(word: string): EntityType | undefined {
  return INTRODUCED_TYPES.find(([ending]) => ending.test(word))?.[1];
}

/**
 * The type most occurrences agree on, when more than half of them do: `in
 * Genf` once is a place; a word after `in` once and as a subject twice is
 * left to the curator.
 */
export function agreedType(types: ReadonlyArray<EntityType | undefined>): EntityType | undefined {
  const votes = new Map<EntityType, number>();
  for (const type of types) if (type) votes.set(type, (votes.get(type) ?? 0) + 1);
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && best[1] * 2 > types.length ? best[0] : undefined;
}
