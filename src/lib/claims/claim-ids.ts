/**
 * Permanent claim ids: short, URL- and HTML-id-safe, and derived only from
 * the article and the sentence's normalised text. Rebuilding, adding or
 * reordering articles, and editing other sentences cannot change them.
 */
import { createHash } from 'node:crypto';
import { normalizeClaim } from './normalize-claim.ts';

/** Every claim id starts with this letter, so ids are valid HTML ids and CSS selectors. */
export const CLAIM_ID_PREFIX = 'c';

/** Characters of an id after the prefix: 10 × 5 bits = 50 bits of hash. */
export const CLAIM_ID_LENGTH = 10;

/** Crockford-style base32 without look-alikes (no i, l, o, u). */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const CLAIM_ID_PATTERN = new RegExp(`^${CLAIM_ID_PREFIX}[${ALPHABET}]{${CLAIM_ID_LENGTH}}$`);

/** Is `value` shaped like a claim id? */
export function isClaimId(value: string): boolean {
  return CLAIM_ID_PATTERN.test(value);
}

function hashId(input: string): string {
  const digest = createHash('sha256').update(input, 'utf8').digest();
  // The first 50 bits of the digest, as a Number (exact below 2^53).
  let value = digest.readUInt32BE(0) * 2 ** 18 + (digest.readUInt32BE(4) >>> 14);
  let id = '';
  for (let i = 0; i < CLAIM_ID_LENGTH; i++) {
    id = ALPHABET[value % 32] + id;
    value = Math.floor(value / 32);
  }
  return CLAIM_ID_PREFIX + id;
}

/** A sentence to give an id to. */
export interface IdRequest {
  /** Stable key of the article (its raw file's name without extension). */
  article: string;
  text: string;
}

/**
 * Ids for a list of sentences, in the same order. A sentence that occurs
 * twice in one article, or a hash collision, is resolved by salting. Claims
 * that already own an id in the ledger (`owners`: id → owner key from
 * `claimKey`) keep it; the others are served in the order (article,
 * normalised text, occurrence), so the outcome never depends on the order
 * articles are read in.
 */
export function assignClaimIds(requests: readonly IdRequest[], owners: ReadonlyMap<string, string> = new Map()): string[] {
  const keyed = requests.map((r, index) => {
    const norm = normalizeClaim(r.text);
    return { index, key: `${r.article}\u0000${norm}`, article: r.article, norm, occurrence: 0, id: '', owned: false };
  });
  const seen = new Map<string, number>();
  for (const k of keyed) {
    k.occurrence = seen.get(k.key) ?? 0;
    seen.set(k.key, k.occurrence + 1);
    // The id it asks for first: kept for the assignment below, which would hash it again (79,000 hashes at 5,000 articles).
    k.id = saltedId(k.key, k.occurrence);
    k.owned = owners.get(k.id) === k.key;
  }
  const order = [...keyed].sort(
    (a, b) => Number(b.owned) - Number(a.owned) || compare(a.article, b.article) || compare(a.norm, b.norm) || a.occurrence - b.occurrence,
  );
  const taken = new Set<string>();
  const ids: string[] = new Array(requests.length);
  for (const k of order) {
    let salt = k.occurrence;
    let id = k.id;
    while (taken.has(id)) id = saltedId(k.key, (salt += 1));
    taken.add(id);
    ids[k.index] = id;
  }
  return ids;
}

/** The identity of a sentence: its article and normalised text. */
export function claimKey(article: string, text: string): string {
  return `${article}\u0000${normalizeClaim(text)}`;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const saltedId = (key: string, salt: number) => hashId(salt ? `${key}\u0000${salt}` : key);
