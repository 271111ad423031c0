/**
 * How far the entities two texts name agree: Jaccard similarity with each
 * entity weighted by its rarity (its IDF), so sharing a rare entity counts
 * for more than sharing "Russland".
 *
 * Places may stand for one another (see `entities/standing-places.ts`): a
 * place one text names counts as shared when the other names, instead, a
 * place that stands for it: "Gespräche in der Hauptstadt von Türkiye" and
 * "in der türkischen Hauptstadt Ankara" name one place, "zwischen den USA und
 * Russland" and "zwischen Moskau und Washington" the same two sides. Only
 * instead: when the other text names both (Ukraine and Kiew), the stand-in
 * adds nothing to what the place itself already shares.
 */

/** The places that may stand for each place, by id. */
export type StandIns = ReadonlyMap<string, readonly string[]>;

/** The weighted agreement of the entity sets `a` and `b`, in [0, 1]; with no stand-ins, their weighted Jaccard similarity. */
export function entityAgreement(a: ReadonlySet<string>, b: ReadonlySet<string>, weight: (id: string) => number, standIns?: StandIns): number {
  // An entity is matched when the other set has it, or has a stand-in for it that this set lacks.
  const matched = (id: string, own: ReadonlySet<string>, other: ReadonlySet<string>) =>
    other.has(id) || (standIns?.get(id)?.some((s) => other.has(s) && !own.has(s)) ?? false);
  let shared = 0;
  let union = 0;
  for (const id of a) {
    union += weight(id);
    if (matched(id, a, b)) shared += weight(id);
  }
  for (const id of b) {
    if (a.has(id)) continue;
    union += weight(id);
    if (matched(id, b, a)) shared += weight(id);
  }
  return union === 0 ? 0 : shared / union;
}
