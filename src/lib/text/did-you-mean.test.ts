import { describe, expect, it } from 'vitest';
import { didYouMean } from './did-you-mean.ts';

const META_KEYS = ['outlet', 'published', 'url', 'language', 'slug', 'title', 'note', 'cleaning'];

describe('didYouMean', () => {
  it('finds the field a typo meant', () => {
    expect(didYouMean('pubished', META_KEYS)).toBe('published');
    expect(didYouMean('Outlet', META_KEYS)).toBe('outlet');
    expect(didYouMean('titel', META_KEYS)).toBe('title');
    expect(didYouMean('langauge', META_KEYS)).toBe('language');
    expect(didYouMean('ulr', META_KEYS)).toBe('url');
  });

  it('suggests nothing for unrelated words', () => {
    expect(didYouMean('author', META_KEYS)).toBeUndefined();
    expect(didYouMean('x', META_KEYS)).toBeUndefined();
  });
});
