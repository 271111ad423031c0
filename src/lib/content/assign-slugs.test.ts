import { describe, expect, it } from 'vitest';
import { assignSlugs, assignSlugsDraftsLast } from './assign-slugs.ts';

const wish = (n: string, slug: string, draft: boolean, pinned = false) => ({
  file: `content/articles/${n}.txt`,
  metaFile: `content/articles/${n}.meta.yaml`,
  slug,
  pinned,
  draft,
});

describe('assignSlugsDraftsLast', () => {
  it('gives the published articles the slugs a build without drafts gives them', () => {
    // The draft comes first by file name: assignSlugs alone would give it the bare slug.
    const wishes = [wish('000_a', 'gipfel', true), wish('001_b', 'gipfel', false), wish('002_c', 'gipfel', false)];
    expect(assignSlugs(wishes).slugs).toEqual(['gipfel', 'gipfel-2', 'gipfel-3']);
    const published = assignSlugs(wishes.filter((w) => !w.draft)).slugs;
    const { slugs, problems } = assignSlugsDraftsLast(wishes);
    expect(slugs.slice(1)).toEqual(published);
    expect(slugs).toEqual(['gipfel-3', 'gipfel', 'gipfel-2']);
    expect(problems).toEqual([]);
  });

  it('is assignSlugs when there are no drafts', () => {
    const wishes = [wish('000_a', 'x', false), wish('001_b', 'x', false, true)];
    expect(assignSlugsDraftsLast(wishes)).toEqual(assignSlugs(wishes));
  });

  it('blames the draft, not the published article, for a pinned slug both want', () => {
    const { slugs, problems } = assignSlugsDraftsLast([wish('000_a', 'gipfel', true, true), wish('001_b', 'gipfel', false, true)]);
    expect(slugs).toEqual(['gipfel', 'gipfel']);
    expect(problems).toMatchObject([{ file: 'content/articles/000_a.meta.yaml', code: 'duplicate-slug', message: '`slug: gipfel` is already the address of content/articles/001_b.txt.' }]);
  });
});
