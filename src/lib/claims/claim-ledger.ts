/**
 * The ledger of published claim ids, committed in `content/` like a lockfile:
 * every id ever issued, with its article and text, and what became of it.
 */
import { z } from 'zod';
import { isClaimId } from './claim-ids.ts';

const claimId = z.string().refine(isClaimId, { message: 'not a claim id (c + 10 base32 characters)' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');

const entrySchema = z.strictObject({
  /** Key of the article (raw file name without extension). */
  article: z.string().min(1),
  /** The sentence as last published under this id. */
  text: z.string().min(1),
  /** Ids of the neighbouring sentences when last seen: context for re-anchoring. */
  before: claimId.optional(),
  after: claimId.optional(),
  /** Build date on which the id was first published. */
  issued: isoDate,
  status: z.enum(['live', 'moved', 'withdrawn']),
  /** For `moved`: the id that now carries the claim. */
  successor: claimId.optional(),
  /** For `withdrawn`: the build date on which it disappeared. */
  withdrawn: isoDate.optional(),
});

/** The ledger file's schema. */
export const ledgerSchema = z.strictObject({
  version: z.literal(1),
  claims: z.record(claimId, entrySchema),
});

export type Ledger = z.infer<typeof ledgerSchema>;
export type LedgerEntry = z.infer<typeof entrySchema>;

/** The fields of an entry in the schema's order: the order zod gives them back in. */
const ENTRY_KEYS = Object.keys(entrySchema.shape) as Array<keyof LedgerEntry>;

/**
 * A ledger this code wrote itself (`serializeLedger`), parsed from JSON
 * without validating it again, and exactly as `ledgerSchema` returns it:
 * zod gives each entry's fields back in the schema's order, and an entry
 * kept by the next build is written in the order it was read, so the
 * fields are put in that order here too (the file has another: the build
 * writes live entries as `reconcileLedger` makes them).
 */
export function ownLedger(json: unknown): Ledger {
  const file = json as Ledger;
  const claims: Record<string, LedgerEntry> = {};
  for (const [id, entry] of Object.entries(file.claims)) {
    const ordered: Record<string, unknown> = {};
    for (const key of ENTRY_KEYS) if (key in entry) ordered[key] = entry[key];
    claims[id] = ordered as LedgerEntry;
  }
  return { version: file.version, claims };
}

/** A ledger with no ids: the state before the first build. */
export function emptyLedger(): Ledger {
  return { version: 1, claims: {} };
}

/** Serialises with ids sorted and one entry per line, so that diffs in review show exactly the ids that changed. */
export function serializeLedger(ledger: Ledger): string {
  const ids = Object.keys(ledger.claims).sort();
  const lines = ids.map((id, i) => `    ${JSON.stringify(id)}: ${JSON.stringify(ledger.claims[id])}${i < ids.length - 1 ? ',' : ''}`);
  return `{\n  "version": 1,\n  "claims": {\n${lines.join('\n')}${lines.length ? '\n' : ''}  }\n}\n`;
}

/** Follows `moved` links to the id that carries a claim today (or to where the trail ends). */
export function resolveClaimId(ledger: Ledger, id: string): { id: string; entry: LedgerEntry } | undefined {
  let current = id;
  for (let hops = 0; hops < 64; hops++) {
    const entry = ledger.claims[current];
    if (!entry) return undefined;
    if (entry.status !== 'moved' || !entry.successor || entry.successor === current) return { id: current, entry };
    current = entry.successor;
  }
  return undefined;
}
