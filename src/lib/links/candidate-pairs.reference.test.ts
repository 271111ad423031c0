import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, defaultMaxPostings, documentFrequencies, type CandidateOptions } from './candidate-pairs.ts';

/** The first implementation, kept as the definition: keys sorted per document, counts in maps. */
function referencePairs(
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

describe('candidatePairs against its plain definition', () => {
  it('returns the same pairs for any documents and options', () => {
    const keys = fc.constantFrom(...'abcdefghijklmnop'.split(''), 'genf', 'ankara', 'date:day:2025-03-01', 'entity:x');
    fc.assert(
      fc.property(
        fc.array(fc.uniqueArray(keys, { maxLength: 8 }), { maxLength: 40 }),
        fc.record({
          maxPostings: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
          probeKeys: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined }),
          minShared: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
          maxCandidates: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
          modulus: fc.option(fc.integer({ min: 2, max: 5 }), { nil: undefined }),
        }),
        (lists, { modulus, ...rest }) => {
          const documents = lists.map((list) => new Set(list));
          const options: CandidateOptions = { ...rest, ...(modulus !== undefined && { accept: (a, b) => (a + b) % modulus !== 0 }) };
          expect(candidatePairs(documents, options)).toEqual(referencePairs(documents, options));
        },
      ),
      { numRuns: 300 },
    );
  });
});
