/**
 * A page's stamp made from the very value its view renders: whatever a
 * route passes to the view enters the stamp by itself, so a field added to
 * a page cannot be forgotten in its stamp (a warm build would then ship the
 * page stale). Shared values every page reads (article entries, the
 * registry's names) are stamped once and stand in by their stamp, so that a
 * claim page does not serialise its whole article again.
 */
import { hash } from 'node:crypto';

/** Stamps of shared values by identity: an article entry's data by its entry stamp, and the like. */
export type KnownStamps = WeakMap<object, string>;

/**
 * The stamp of `view`: a digest of its JSON, with every value `known` holds
 * replaced by its stamp and maps and sets written out as their entries (JSON
 * would write them as `{}`, and a map's change would not reach the stamp).
 * A function cannot be stamped: it fails, naming the key.
 */
export function viewStamp(view: unknown, known: KnownStamps): string {
  const json = JSON.stringify(view, (key, value: unknown) => {
    if (typeof value === 'function') throw new Error(`A page's view holds a function at \`${key}\`, which no stamp can cover: pass its result instead.`);
    if (value === null || typeof value !== 'object') return value;
    const stamp = known.get(value);
    if (stamp !== undefined) return { stamp };
    if (value instanceof Map) return { map: [...value] };
    if (value instanceof Set) return { set: [...value] };
    return value;
  });
  return hash('sha1', json ?? '', 'base64url');
}
