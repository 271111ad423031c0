/**
 * Finds claims in different articles that report the same fact.
 *
 * Candidates come from an inverted index over rare word stems, dates and
 * entities (see `candidate-pairs.ts`), never from all pairs. Only factual
 * claims take part (see `factual-claim.ts`). A candidate pair is a match
 * when
 * - the two share at least {@link MIN_SHARED_STEMS} content words in at
 *   least two separate phrases (a shared name alone is not a shared fact);
 * - the numbers they state do not disagree, and they share something
 *   particular: a number, a date, a rare word or a rare entity;
 * - their TF-IDF cosine over content-word stems, plus a bonus for shared
 *   entities (places standing for each other count as shared, see
 *   `entity-agreement.ts`) and for the same resolved date, reaches
 *   {@link MATCH_THRESHOLD}.
 * Claims whose times lie apart (see `date-agreement.ts`) are penalised: the
 * same words about another year are another event; claims whose dates
 * cannot be the same event are never matched. Of the matches, each
 * claim keeps only its best few in each other article (`select-matches.ts`).
 */
import { candidatePairs, documentFrequencies } from './candidate-pairs.ts';
import { claimTime, dateAgreement, type Agreement } from './date-agreement.ts';
import { isFactual } from './factual-claim.ts';
import { entityAgreement, type StandIns } from './entity-agreement.ts';
import { claimWords, dateKey, entityKey, type LinkableArticle } from './linkable.ts';
import { selectMatches } from './select-matches.ts';
import { sharedPhrases } from './shared-phrases.ts';
import { statedNumbers } from './stated-numbers.ts';
import { cosine, idf, tfidfVector } from './tfidf.ts';

/** Score from which two claims count as reporting the same fact; tuned on the mixed test dossier (test-fixtures/mixed-dossier). */
export const MATCH_THRESHOLD = 0.24;

/** Content words two reports of one fact share at least; every true pair of the mixed test dossier shares 3 or more. */
const MIN_SHARED_STEMS = 3;
/**
 * A shared fact has something particular to it: a number, a date, or a word
 * or entity found in few claims (at most this many, or {@link ANCHOR_SHARE}
 * of all claims in a large dossier, where one story's particular words
 * recur in more reports). Pairs sharing only the story's common vocabulary
 * ("Gespräche", "Ukraine", "Konflikt") are two sentences on one topic. Every
 * true pair of the mixed test dossier shares a word found in at most 5 claims.
 */
const MIN_ANCHOR_DF = 5;
const ANCHOR_SHARE = 0.005;
/** Bonus when both claims state the same day, week or month (or one inside the other). */
const SAME_DATE_BONUS = 0.1;
/** Bonus when both are undated in reports of the same week. */
const SAME_CYCLE_BONUS = 0.05;
/** Penalty when their times lie apart: only a near-verbatim repeat still matches. */
const APART_PENALTY = 0.3;
/** Weight of the share of entities the two claims have in common (Jaccard, weighted by rarity). */
const ENTITY_WEIGHT = 0.2;

/** What two matched claims verifiably have in common. */
export interface MatchEvidence {
  /** Ids of entities both name. */
  entities: string[];
  /** Numbers both state, as values ("1.5", "7300"). */
  numbers: string[];
  /** Date keys (see `dateKey`) both state. */
  dates: string[];
}

/** Two claims reporting the same fact, by position: article index and claim index in it. */
export interface ClaimMatch {
  a: { article: number; claim: number };
  b: { article: number; claim: number };
  /** Similarity with bonuses, from {@link MATCH_THRESHOLD} up (can exceed 1). */
  score: number;
  shared: MatchEvidence;
}

interface Prepared {
  article: number;
  claim: number;
  stems: readonly string[];
  stemSet: ReadonlySet<string>;
  dates: ReadonlySet<string>;
  entities: ReadonlySet<string>;
}

/** The pairs of claims in different articles that report the same fact, best first; `standIns` are the places that stand for each other. */
export function matchClaims(articles: readonly LinkableArticle[], standIns?: StandIns): ClaimMatch[] {
  const flat = articles.flatMap((article, a) => article.claims.map((claim, c) => ({ a, c, claim })));
  const stemLists = flat.map(({ claim }) => claimWords(claim).map((w) => w.stem));
  const stemSets = stemLists.map((list) => new Set(list));
  const df = documentFrequencies(stemSets);
  const prepared: Prepared[] = flat.map(({ a, c, claim }, i) => ({
    article: a,
    claim: c,
    stems: stemLists[i]!,
    stemSet: stemSets[i]!,
    dates: new Set(claim.dates.map(dateKey)),
    entities: new Set(claim.entities),
  }));
  // Computed only for claims that have candidates (most have none): at 79,000 claims these were a third of the matching.
  const vector = memo((i) => tfidfVector(stemSets[i]!, df, flat.length));
  const time = memo((i) => claimTime(flat[i]!.claim.dates, articles[flat[i]!.a]!.published));
  const factual = memo((i) => isFactual(flat[i]!.claim.text, stemSets[i]!.size, flat[i]!.claim.language));
  const numbers = memo((i) => statedNumbers(flat[i]!.claim.text, flat[i]!.claim.dates));

  const entityDf = documentFrequencies(prepared.map((p) => p.entities));
  const anchorDf = Math.max(MIN_ANCHOR_DF, Math.ceil(ANCHOR_SHARE * flat.length));
  const isAnchor = (stem: string) => (df.get(stem) ?? 0) <= anchorDf;
  const isAnchorEntity = (id: string) => (entityDf.get(id) ?? 0) <= anchorDf;
  const entityWeight = (id: string) => idf(entityDf.get(id) ?? 1, flat.length);
  const keys = prepared.map((p) => new Set([...p.stemSet, ...p.dates, ...[...p.entities].map(entityKey)]));
  // Pairs sharing one rare key are not worth scoring; claims that state no fact of their own are not paired at all.
  const pairs = candidatePairs(keys, {
    minShared: 2,
    maxCandidates: 20,
    accept: (x, y) => prepared[x]!.article !== prepared[y]!.article && factual(x) && factual(y),
  });

  const matches: ClaimMatch[] = [];
  for (const [x, y] of pairs) {
    const [p, q] = [prepared[x]!, prepared[y]!];
    const agreement = dateAgreement(time(x), time(y));
    // Without a date for either claim or its report, nothing says they tell of one event.
    if (agreement === 'impossible' || agreement === 'unknown' || !shareEnough(p, q) || numbersDisagree(numbers(x), numbers(y))) continue;
    const shared = {
      entities: [...p.entities].filter((e) => q.entities.has(e)),
      numbers: numbers(x).filter((n) => numbers(y).includes(n)),
      dates: [...p.dates].filter((d) => q.dates.has(d)),
    };
    const anchored =
      shared.numbers.length > 0 || shared.dates.length > 0 || shared.entities.some(isAnchorEntity) || [...p.stemSet].some((s) => q.stemSet.has(s) && isAnchor(s));
    if (!anchored) continue;
    const score = cosine(vector(x), vector(y)) + DATE_BONUS[agreement] + ENTITY_WEIGHT * entityAgreement(p.entities, q.entities, entityWeight, standIns);
    if (score < MATCH_THRESHOLD) continue;
    matches.push({
      a: { article: p.article, claim: p.claim },
      b: { article: q.article, claim: q.claim },
      score: round(score),
      shared,
    });
  }
  return selectMatches(matches).sort((m, n) => n.score - m.score || m.a.article - n.a.article || m.a.claim - n.a.claim);
}

function shareEnough(p: Prepared, q: Prepared): boolean {
  let shared = 0;
  for (const stem of p.stemSet) if (q.stemSet.has(stem)) shared += 1;
  return shared >= MIN_SHARED_STEMS && sharedPhrases(p.stems, q.stems) >= 2;
}

/** `compute(i)`, computed once per index. */
function memo<T>(compute: (i: number) => T): (i: number) => T {
  const values = new Map<number, T>();
  return (i) => {
    let value = values.get(i);
    if (value === undefined) values.set(i, (value = compute(i)));
    return value;
  };
}

/** Both state numbers, and none of them the same: two facts ("1,50 Metern" / "50 Meter"). */
function numbersDisagree(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((n) => b.includes(n));
}

const DATE_BONUS: Readonly<Record<Agreement, number>> = {
  same: SAME_DATE_BONUS,
  cycle: SAME_CYCLE_BONUS,
  compatible: 0,
  unknown: 0,
  apart: -APART_PENALTY,
  impossible: -APART_PENALTY,
};

const round = (n: number) => Math.round(n * 1000) / 1000;
