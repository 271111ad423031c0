import { describe, expect, it } from 'vitest';
import { withinEdits } from './edit-distance.ts';

describe('withinEdits', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(withinEdits('ankara', 'ankra', 1)).toBe(true);
    expect(withinEdits('ankara', 'ankarra', 1)).toBe(true);
    expect(withinEdits('ankara', 'ankera', 1)).toBe(true);
    expect(withinEdits('naryschkin', 'naryschkni', 1)).toBe(true);
    expect(withinEdits('ankara', 'ankara', 0)).toBe(true);
  });

  it('rejects words further apart', () => {
    expect(withinEdits('load', 'lloyd', 1)).toBe(false);
    expect(withinEdits('ankara', 'angora', 1)).toBe(false);
    expect(withinEdits('abc', 'abcdef', 2)).toBe(false);
  });
});
