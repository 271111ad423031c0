import { describe, expect, it } from 'vitest';
import { cosine, idf, sharedTerms, tfidfVector } from './tfidf.ts';

const df = new Map([['moskau', 9], ['genf', 2], ['januar', 3]]);

describe('tfidf', () => {
  it('weighs rare terms above common ones', () => {
    expect(idf(2, 10)).toBeGreaterThan(idf(9, 10));
    const v = tfidfVector(['moskau', 'genf'], df, 10);
    expect(v.get('genf')!).toBeGreaterThan(v.get('moskau')!);
  });

  it('gives unit vectors: identical texts have cosine 1, disjoint 0', () => {
    const a = tfidfVector(['genf', 'januar', 'januar'], df, 10);
    expect(cosine(a, a)).toBeCloseTo(1);
    expect(cosine(a, tfidfVector(['moskau'], df, 10))).toBe(0);
  });

  it('lists shared terms heaviest first', () => {
    const a = tfidfVector(['moskau', 'genf', 'januar'], df, 10);
    const b = tfidfVector(['moskau', 'genf'], df, 10);
    expect(sharedTerms(a, b)).toEqual(['genf', 'moskau']);
  });
});
