import { describe, expect, it } from 'vitest';
import { editsBetween, withinEdits } from './edit-distance.ts';

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

describe('editsBetween', () => {
  it('counts the edits up to the bound, and says bound + 1 beyond it', () => {
    expect(editsBetween('kaser', 'kaeser', 2)).toBe(1);
    expect(editsBetween('scheur', 'scheerer', 3)).toBe(3);
    expect(editsBetween('scheur', 'scheerer', 2)).toBe(3);
    expect(editsBetween('naryschkin', 'naryschkni', 2)).toBe(1);
    expect(editsBetween('kaeser', 'kaeser', 1)).toBe(0);
  });
});
