import { describe, expect, it } from 'vitest';
import { describeDraftsForCheck, describeLeftOut, describeShownDrafts, isDraft, selectArticles } from './publication.ts';

const article = (file: string, status: 'draft' | 'published') => ({ file: `content/articles/${file}.txt`, meta: { status } });
const a = article('000_a', 'published');
const b = article('001_b', 'draft');
const c = article('002_c', 'published');
const d = article('003_d', 'draft');

describe('selectArticles', () => {
  it('publishes only the reviewed articles and names the drafts it leaves out', () => {
    expect(selectArticles([a, b, c, d], 'publish')).toEqual({ shown: [a, c], leftOut: [b, d], drafts: 0 });
  });

  it('previews every article, the drafts after the published ones', () => {
    expect(selectArticles([a, b, c, d], 'preview')).toEqual({ shown: [a, c, b, d], leftOut: [], drafts: 2 });
  });

  it('treats a sidecar without status as published (what every sidecar before drafts was)', () => {
    // The sidecar schema fills `published` for an absent status; isDraft only says yes to an explicit draft.
    expect(isDraft({ meta: { status: 'published' } })).toBe(false);
    expect(isDraft({ meta: { status: 'draft' } })).toBe(true);
  });
});

describe('what the build and check say about drafts', () => {
  it('counts the drafts a build left out and names their files', () => {
    expect(describeLeftOut([b.file, d.file])).toBe(
      '2 drafts left out (status: draft): content/articles/001_b.txt, content/articles/003_d.txt. Write `status: published` in a sidecar once you have reviewed its article.',
    );
    expect(describeLeftOut([])).toBeUndefined();
  });

  it('names a few drafts in a log line and counts the rest', () => {
    const files = Array.from({ length: 8 }, (_, i) => `content/articles/00${i}_x.txt`);
    expect(describeLeftOut(files)).toContain('content/articles/004_x.txt and 3 more.');
    expect(describeShownDrafts(files.slice(0, 1))).toBe('1 draft shown here, marked as drafts; a build leaves it out: content/articles/000_x.txt.');
  });

  it('lists drafts one per line for check, up to twenty', () => {
    expect(describeDraftsForCheck([b.file])).toBe(
      '1 draft (status: draft), checked above but not published by `npm run build` until marked `status: published`:\n  content/articles/001_b.txt\n',
    );
    const many = describeDraftsForCheck(Array.from({ length: 25 }, (_, i) => `content/articles/${String(i).padStart(3, '0')}_x.txt`))!;
    expect(many.split('\n').filter((line) => line.startsWith('  content/'))).toHaveLength(20);
    expect(many).toMatch(/\n {2}and 5 more\n$/);
  });
});
