import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePairs, defaultMaxPostings } from './candidate-pairs.ts';

const docs = (...keys: string[][]) => keys.map((k) => new Set(k));

describe('candidatePairs', () => {
  it('pairs documents sharing a rare key, each pair once and in order', () => {
    expect(candidatePairs(docs(['genf', 'x'], ['ankara'], ['genf', 'ankara'], ['ankara', 'genf', 'x']))).toEqual([
      [0, 2], [0, 3], [1, 2], [1, 3], [2, 3],
    ]);
  });

  it('ignores keys more common than the posting limit', () => {
    const many = docs(...Array.from({ length: 10 }, () => ['russland']), ['russland', 'genf'], ['genf']);
    expect(candidatePairs(many, { maxPostings: 4 })).toEqual([[10, 11]]);
  });

  it('leaves out pairs the caller does not accept', () => {
    expect(candidatePairs(docs(['a'], ['a'], ['a']), { accept: (x, y) => x !== 0 || y !== 1 })).toEqual([[0, 2], [1, 2]]);
  });

  it('finds every pair all-pairs comparison finds among documents sharing a key below the limits', () => {
    fc.assert(
      fc.property(fc.array(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 3 }), { maxLength: 12 }), (lists) => {
        const sets = docs(...lists);
        const found = new Set(candidatePairs(sets, { maxPostings: 100, probeKeys: 10 }).map((p) => p.join('/')));
        for (let i = 0; i < sets.length; i++) {
          for (let j = i + 1; j < sets.length; j++) {
            const shares = [...sets[i]!].some((k) => sets[j]!.has(k));
            expect(found.has(`${i}/${j}`)).toBe(shares);
          }
        }
      }),
    );
  });

  it('stays near-linear on a large synthetic dossier', () => {
    // 20 000 "claims" with a few rare words each, and a handful of very common ones.
    const big = Array.from({ length: 20_000 }, (_, i) => new Set(['russland', 'usa', `w${i % 5000}`, `v${(i * 7) % 9000}`, `u${i}`]));
    const started = performance.now();
    const pairs = candidatePairs(big);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(pairs.length).toBeLessThan(200_000);
    expect(defaultMaxPostings(100_000)).toBe(100);
  });
});
