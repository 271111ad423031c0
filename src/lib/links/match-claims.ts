/**
 * Finds claims in different articles that report the same fact.
 *
 * Candidates come from an inverted index over rare word stems, dates and
 * entities (see `candidate-pairs.ts`), never from all pairs. A candidate
 * pair is a match when its TF-IDF cosine over content-word stems, plus a
 * bonus for shared entities and for the same resolved date, reaches
 * {@link MATCH_THRESHOLD}, and the two share at least two content words.
 * Claims whose times lie apart (see `date-agreement.ts`) are penalised: the
 * same words about another year are another event.
 */
import { candidatePairs, documentFrequencies } from './candidate-pairs.ts';
import { claimTime, dateAgreement, type ClaimTime } from './date-agreement.ts';
import { claimWords, dateKey, entityKey, type LinkableArticle } from './linkable.ts';
import { cosine, idf, tfidfVector, weightedJaccard, type TermVector } from './tfidf.ts';

/** Score from which two claims count as reporting the same fact; tuned by reading the seeds' pairs. */
export const MATCH_THRESHOLD = 0.25;

/** Bonus when both claims state the same day, week or month (or one inside the other). */
const SAME_DATE_BONUS = 0.1;
/** Bonus when both are undated in reports of the same week. */
const SAME_CYCLE_BONUS = 0.05;
/** Penalty when their times lie apart: only a near-verbatim repeat still matches. */
const APART_PENALTY = 0.3;
/** Weight of the share of entities the two claims have in common (Jaccard, weighted by rarity). */
const ENTITY_WEIGHT = 0.2;

/** Two claims reporting the same fact, by position: article index and claim index in it. */
export interface ClaimMatch {
  a: { article: number; claim: number };
  b: { article: number; claim: number };
  score: number;
}

interface Prepared {
  article: number;
  claim: number;
  vector: TermVector;
  dates: ReadonlySet<string>;
  time: ClaimTime;
  entities: ReadonlySet<string>;
}

/** Every pair of claims in different articles that report the same fact, best first. */
export function matchClaims(articles: readonly LinkableArticle[]): ClaimMatch[] {
  const flat = articles.flatMap((article, a) => article.claims.map((claim, c) => ({ a, c, claim })));
  const stems = flat.map(({ claim }) => claimWords(claim).map((w) => w.stem));
  const stemSets = stems.map((list) => new Set(list));
  const df = documentFrequencies(stemSets);
  const prepared: Prepared[] = flat.map(({ a, c, claim }, i) => ({
    article: a,
    claim: c,
    vector: tfidfVector(stemSets[i]!, df, flat.length),
    dates: new Set(claim.dates.map(dateKey)),
    time: claimTime(claim.dates, articles[a]!.published),
    entities: new Set(claim.entities),
  }));

  const entityDf = documentFrequencies(prepared.map((p) => p.entities));
  const entityWeight = (id: string) => idf(entityDf.get(id) ?? 1, flat.length);
  const keys = prepared.map((p, i) => new Set([...stemSets[i]!, ...p.dates, ...[...p.entities].map(entityKey)]));
  // A match needs two shared content words: pairs sharing one rare key are not worth scoring.
  const pairs = candidatePairs(keys, { minShared: 2, maxCandidates: 20, accept: (x, y) => prepared[x]!.article !== prepared[y]!.article });

  const matches: ClaimMatch[] = [];
  for (const [x, y] of pairs) {
    const [p, q] = [prepared[x]!, prepared[y]!];
    let sharedWords = 0;
    for (const stem of stemSets[x]!) if (stemSets[y]!.has(stem)) sharedWords += 1;
    if (sharedWords < 2) continue;
    const score = cosine(p.vector, q.vector) + dateBonus(p, q) + ENTITY_WEIGHT * weightedJaccard(p.entities, q.entities, entityWeight);
    if (score >= MATCH_THRESHOLD) {
      matches.push({ a: { article: p.article, claim: p.claim }, b: { article: q.article, claim: q.claim }, score: round(score) });
    }
  }
  return matches.sort((m, n) => n.score - m.score || m.a.article - n.a.article || m.a.claim - n.a.claim);
}

function dateBonus(p: Prepared, q: Prepared): number {
  const agreement = dateAgreement(p.time, q.time);
  if (agreement === 'same') return SAME_DATE_BONUS;
  if (agreement === 'cycle') return SAME_CYCLE_BONUS;
  return agreement === 'apart' ? -APART_PENALTY : 0;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
