/**
 * The ledger of published article addresses, committed in `content/` beside
 * the claim ledger: every slug an article was ever published under, whose
 * article it is, and what became of it. An article's address is fixed when
 * it is first published; a later title does not move it.
 */
import { z } from 'zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG, 'a slug (lowercase ASCII letters, digits and single dashes)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const entrySchema = z.strictObject({
  /** Key of the article (raw file name without extension). */
  article: z.string().min(1),
  /** Its title when last published: what a tombstone names. */
  title: z.string().min(1),
  /** Build date on which the address was first published. */
  issued: isoDate,
  /** `renamed`: a deliberate new slug took over (see `successor`); `withdrawn`: the article was deleted. */
  status: z.enum(['live', 'renamed', 'withdrawn']),
  /** For `renamed`: the address that replaced this one. */
  successor: slug.optional(),
  /** For `withdrawn`: the build date on which the article disappeared. */
  withdrawn: isoDate.optional(),
});

/** The ledger file's schema: entries by slug. */
export const addressLedgerSchema = z.strictObject({
  version: z.literal(1),
  addresses: z.record(slug, entrySchema),
});

export type AddressLedger = z.infer<typeof addressLedgerSchema>;
export type AddressEntry = z.infer<typeof entrySchema>;

/** A ledger with no addresses: a dossier before its first build. */
export function emptyAddressLedger(): AddressLedger {
  return { version: 1, addresses: {} };
}

/** One entry per line, sorted by slug, so that a review diff shows exactly the addresses that changed. */
export function serializeAddressLedger(ledger: AddressLedger): string {
  const slugs = Object.keys(ledger.addresses).sort();
  const lines = slugs.map((s, i) => `    ${JSON.stringify(s)}: ${JSON.stringify(ledger.addresses[s])}${i < slugs.length - 1 ? ',' : ''}`);
  return `{\n  "version": 1,\n  "addresses": {\n${lines.join('\n')}${lines.length ? '\n' : ''}  }\n}\n`;
}

/** Where an address's trail of renames ends, or why it ends nowhere. */
export type AddressTrail =
  | { ok: true; slug: string; entry: AddressEntry }
  | { ok: false; reason: 'missing'; trail: string[] }
  | { ok: false; reason: 'loop'; trail: string[] };

/** Follows `renamed` links from `start` to the live or withdrawn address at the end. */
export function followAddress(ledger: AddressLedger, start: string): AddressTrail {
  const trail = [start];
  let current = start;
  for (;;) {
    const entry = ledger.addresses[current];
    if (!entry) return { ok: false, reason: 'missing', trail };
    if (entry.status !== 'renamed') return { ok: true, slug: current, entry };
    const next = entry.successor;
    if (next === undefined) return { ok: false, reason: 'missing', trail };
    if (trail.includes(next)) return { ok: false, reason: 'loop', trail: [...trail, next] };
    trail.push(next);
    current = next;
  }
}
