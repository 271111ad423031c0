/** Maps from a key to a list of values, built up one value at a time. */

/** Adds `value` to the list under `key`, creating it on first use (no copying: lists may be long). */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
