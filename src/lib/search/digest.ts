/**
 * A short content digest for naming index versions, without Node's crypto:
 * the index is built in Node, but the benchmark and tests may build it
 * anywhere. Not for security, only to tell two indexes apart.
 */

/** 64 bits of two independently seeded FNV-1a-style hashes over the UTF-16 code units, as 14 base-36 digits. */
export function digestOf(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  const high = (h1 >>> 0).toString(36).padStart(7, '0');
  const low = (h2 >>> 0).toString(36).padStart(7, '0');
  return `${high}${low}`;
}
