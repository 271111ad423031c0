import { describe, expect, it } from 'vitest';
import { summarizeRemovals } from './removal-summary.ts';

describe('summarizeRemovals', () => {
  it('counts removals per rule in order of first appearance', () => {
    expect(
      summarizeRemovals([
        { rule: 'photo-credit', reason: 'Bildnachweis' },
        { rule: 'nav-word', reason: 'Navigation' },
        { rule: 'photo-credit', reason: 'Bildnachweis' },
      ]),
    ).toEqual([
      { rule: 'photo-credit', reason: 'Bildnachweis', count: 2 },
      { rule: 'nav-word', reason: 'Navigation', count: 1 },
    ]);
  });

  it('is empty for an article with nothing removed', () => {
    expect(summarizeRemovals([])).toEqual([]);
  });
});
