import { describe, expect, it } from 'vitest';
import { Ranker } from './rank.ts';

const docs = (...numbers: number[]) => Uint32Array.from(numbers);

describe('Ranker', () => {
  const ranker = new Ranker(100);
  const accept = () => true;

  it('ranks a document with more of the query’s words first, however rare the other’s word', () => {
    const r = ranker.rank(
      [
        { required: false, expansions: [{ weight: 1, postings: docs(1, 2, 3, 4, 5, 6, 7, 8) }] },
        { required: false, expansions: [{ weight: 1, postings: docs(4, 50) }] },
      ],
      accept,
      3,
    );
    expect(r.top[0]).toBe(4);
  });

  it('counts a looser reading at most as rare as the word itself, so the word’s documents come first', () => {
    // Ten documents with the word, one with a rare reading of it (a compound's parts, a neighbour) at weight 0.75.
    const word = { weight: 1, postings: docs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9) };
    const reading = { weight: 0.75, postings: docs(20) };
    const r = ranker.rank([{ required: false, expansions: [word, reading] }], accept, 11);
    expect(r.top.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(r.top[10]).toBe(20);
  });

  it('does not cap the readings of a word the dossier lacks', () => {
    const r = ranker.rank([{ required: false, expansions: [{ weight: 1, postings: docs() }, { weight: 0.8, postings: docs(7) }] }], accept, 5);
    expect(r).toEqual({ top: [7], total: 1 });
  });
});
