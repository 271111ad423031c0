/** The shipped model weights belong to the features the code computes, in the same order. */
import { describe, expect, it } from 'vitest';
import { LINE_FEATURES } from './line-features.ts';
import { LINE_MODEL } from './line-model-weights.ts';
import { TITLE_FEATURES } from './title-features.ts';
import { TITLE_MODEL } from './title-model-weights.ts';

describe('model weights', () => {
  it('has one title weight per title feature, by name', () => {
    expect(TITLE_MODEL.features).toEqual([...TITLE_FEATURES]);
    expect(TITLE_MODEL.weights).toHaveLength(TITLE_FEATURES.length);
  });
  it('has one line weight per line feature, by name', () => {
    expect(LINE_MODEL.features).toEqual([...LINE_FEATURES]);
    expect(LINE_MODEL.weights).toHaveLength(LINE_FEATURES.length);
  });
});
