import { describe, expect, it } from 'vitest';
import { newestFirst } from './article-order.ts';

describe('newestFirst', () => {
  it('sorts by date descending, undated last, ties by slug', () => {
    const sorted = newestFirst([
      { slug: 'c' },
      { slug: 'b', published: { value: '2021-12-29' } },
      { slug: 'a', published: { value: '2025-03-12' } },
      { slug: 'd', published: { value: '2021-12-29' } },
      { slug: 'a-undated' },
    ]);
    expect(sorted.map((a) => a.slug)).toEqual(['a', 'b', 'd', 'a-undated', 'c']);
  });

  it('does not modify its input', () => {
    const input = [{ slug: 'x', published: { value: '2020-01-01' } }, { slug: 'y', published: { value: '2021-01-01' } }];
    newestFirst(input);
    expect(input.map((a) => a.slug)).toEqual(['x', 'y']);
  });
});
