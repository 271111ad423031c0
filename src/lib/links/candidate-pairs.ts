/**
 * Candidate pairs for similarity without comparing all pairs: documents
 * (claims, articles) are only compared when they share a rare key (a word
 * stem, a date, an entity). An inverted index holds, for every key found in
 * at most `maxPostings` documents, the documents that have it; each document
 * looks up only its `probeKeys` rarest keys. The work is therefore at most
 * documents × probeKeys × maxPostings, whatever the size of the dossier:
 * at 100 000 claims with the defaults, at most 120 million steps, in practice
 * far fewer, against 5 billion for all pairs. What the
 * caller then scores is bounded too: pairs must share `minShared` of the
 * looked-up keys, and each document keeps its `maxCandidates` best.
 */

/** Tuning of {@link candidatePairs}. */
export interface CandidateOptions {
  /** Keys found in more documents than this are too common to suggest a match. Default: {@link defaultMaxPostings}. */
  maxPostings?: number;
  /** How many of its rarest keys each document looks up. Default 12. */
  probeKeys?: number;
  /** How many of a document's looked-up keys the other must have. Default 1. */
  minShared?: number;
  /** At most this many candidates per document, those sharing the most keys. Default: no limit. */
  maxCandidates?: number;
  /** Whether two documents may be paired at all (e.g. not two claims of one article). */
  accept?: (a: number, b: number) => boolean;
}

/**
 * A key shared by more than about twice the square root of the number of
 * documents is common vocabulary; 100 caps the work on large dossiers.
 */
export function defaultMaxPostings(documents: number): number {
  return Math.min(100, Math.max(4, Math.ceil(2 * Math.sqrt(documents))));
}

/** How many documents have each key. */
export function documentFrequencies(documents: readonly ReadonlySet<string>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const keys of documents) for (const key of keys) df.set(key, (df.get(key) ?? 0) + 1);
  return df;
}

/**
 * Pairs `[a, b]` (a < b) of documents sharing at least one rare key, each
 * pair once, in ascending order. `documents[i]` is the set of keys of
 * document i.
 */
export function candidatePairs(
  documents: readonly ReadonlySet<string>[],
  options: CandidateOptions = {},
): Array<[number, number]> {
  const maxPostings = options.maxPostings ?? defaultMaxPostings(documents.length);
  const probeKeys = options.probeKeys ?? 12;
  const df = documentFrequencies(documents);
  const rare = (key: string) => {
    const n = df.get(key) ?? 0;
    return n >= 2 && n <= maxPostings;
  };

  const postings = new Map<string, number[]>();
  documents.forEach((keys, i) => {
    for (const key of keys) {
      if (!rare(key)) continue;
      const list = postings.get(key);
      if (list) list.push(i);
      else postings.set(key, [i]);
    }
  });

  const pairs = new Set<number>();
  const found: Array<[number, number]> = [];
  const minShared = options.minShared ?? 1;
  documents.forEach((keys, a) => {
    const probes = [...keys]
      .filter(rare)
      .sort((x, y) => (df.get(x) ?? 0) - (df.get(y) ?? 0) || (x < y ? -1 : x > y ? 1 : 0))
      .slice(0, probeKeys);
    const shared = new Map<number, number>();
    for (const key of probes) {
      for (const b of postings.get(key) ?? []) if (b !== a) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    let others = [...shared].filter(([, n]) => n >= minShared);
    if (options.maxCandidates !== undefined && others.length > options.maxCandidates) {
      others = others.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, options.maxCandidates);
    }
    for (const [b] of others) {
      const [low, high] = a < b ? [a, b] : [b, a];
      const id = low * documents.length + high;
      if (pairs.has(id)) continue;
      pairs.add(id);
      if (!options.accept || options.accept(low, high)) found.push([low, high]);
    }
  });
  return found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}
