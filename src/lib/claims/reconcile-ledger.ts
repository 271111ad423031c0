/**
 * Brings the ledger up to date with the claims of a build, the way
 * annotation tools re-anchor: an id whose sentence changed is moved to the
 * most similar sentence of the same article, helped by unchanged neighbours;
 * an id with no plausible successor is withdrawn and keeps its last text.
 */
import { successorScore, trigrams } from './claim-similarity.ts';
import { resolveClaimId, type Ledger, type LedgerEntry } from './claim-ledger.ts';

/** A claim as published by the current build. */
export interface CurrentClaim {
  id: string;
  article: string;
  text: string;
  before?: string;
  after?: string;
}

/** What a build changed in the ledger, for `dossier check` and the build summary. */
export interface LedgerChange {
  kind: 'issued' | 'moved' | 'withdrawn' | 'revived';
  id: string;
  article: string;
  text: string;
  successor?: string;
}

/** Minimum score for a successor; below it the claim counts as withdrawn. */
export const SUCCESSOR_THRESHOLD = 0.5;
/** Bonus per unchanged neighbour: context disambiguates reworded sentences. */
const CONTEXT_BONUS = 0.1;

function bestSuccessor(entry: LedgerEntry, candidates: readonly CurrentClaim[]): CurrentClaim | undefined {
  const old = trigrams(entry.text);
  let best: CurrentClaim | undefined;
  let bestScore = SUCCESSOR_THRESHOLD;
  for (const c of candidates) {
    const context = (entry.before && c.before === entry.before ? CONTEXT_BONUS : 0) + (entry.after && c.after === entry.after ? CONTEXT_BONUS : 0);
    const score = successorScore(old, trigrams(c.text)) + context;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}

/** Returns the updated ledger (the input is not modified) and the list of changes. */
export function reconcileLedger(ledger: Ledger, current: readonly CurrentClaim[], today: string): { ledger: Ledger; changes: LedgerChange[] } {
  const claims: Record<string, LedgerEntry> = { ...ledger.claims };
  const changes: LedgerChange[] = [];
  const live = new Map(current.map((c) => [c.id, c]));
  const byArticle = new Map<string, CurrentClaim[]>();
  for (const c of current) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);

  for (const c of current) {
    const entry = claims[c.id];
    const fresh: LedgerEntry = { article: c.article, text: c.text, issued: entry?.issued ?? today, status: 'live', ...(c.before && { before: c.before }), ...(c.after && { after: c.after }) };
    if (!entry) changes.push({ kind: 'issued', id: c.id, article: c.article, text: c.text });
    else if (entry.status !== 'live') changes.push({ kind: 'revived', id: c.id, article: c.article, text: c.text });
    claims[c.id] = fresh;
  }
  for (const [id, entry] of Object.entries(ledger.claims)) {
    if (live.has(id) || entry.status === 'withdrawn') continue;
    // A moved id whose trail still ends at a live claim needs nothing; re-anchor only when the trail went cold.
    if (entry.status === 'moved' && live.has(resolveClaimId({ version: 1, claims }, id)?.id ?? '')) continue;
    const successor = bestSuccessor(entry, byArticle.get(entry.article) ?? []);
    if (successor) {
      claims[id] = { ...entry, status: 'moved', successor: successor.id };
      changes.push({ kind: 'moved', id, article: entry.article, text: entry.text, successor: successor.id });
    } else {
      claims[id] = { article: entry.article, text: entry.text, issued: entry.issued, status: 'withdrawn', withdrawn: today };
      changes.push({ kind: 'withdrawn', id, article: entry.article, text: entry.text });
    }
  }
  return { ledger: { version: 1, claims }, changes };
}
