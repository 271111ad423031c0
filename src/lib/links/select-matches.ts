/**
 * One-to-few matching. A sentence can state what two sentences of another
 * report state together ("sprach telefonisch … und sie haben vereinbart"),
 * so a claim may match more than one claim of another article, but only
 * its best few, each nearly as good as its best there. Without this, one
 * long sentence collects every loosely similar sentence of the other
 * report, and the corroboration counts grow with sentence length.
 */
import type { ClaimMatch } from './match-claims.ts';

/** Matches a claim keeps in any one other article. The mixed test dossier needs 3 (002.1 states what 003 says in three sentences). */
export const MAX_PER_ARTICLE = 3;
/** A further match in the same article must score at least this share of the claim's best there. */
export const NEAR_BEST = 0.55;

/** The matches each of whose claims counts it among its best few in the other's article. */
export function selectMatches(matches: readonly ClaimMatch[]): ClaimMatch[] {
  // Per claim and other article: its matches, best first.
  const ranked = new Map<string, ClaimMatch[]>();
  const side = (m: ClaimMatch, from: 'a' | 'b') => {
    const to = from === 'a' ? m.b : m.a;
    return `${m[from].article}.${m[from].claim}>${to.article}`;
  };
  for (const m of matches) {
    for (const from of ['a', 'b'] as const) {
      const key = side(m, from);
      const list = ranked.get(key);
      if (list) list.push(m);
      else ranked.set(key, [m]);
    }
  }
  for (const list of ranked.values()) list.sort((x, y) => y.score - x.score);
  const keeps = (m: ClaimMatch, from: 'a' | 'b') => {
    const list = ranked.get(side(m, from))!;
    const rank = list.indexOf(m);
    return rank < MAX_PER_ARTICLE && m.score >= NEAR_BEST * list[0]!.score;
  };
  return matches.filter((m) => keeps(m, 'a') && keeps(m, 'b'));
}
