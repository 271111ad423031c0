import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReviews } from './read-reviews.ts';
import { parseRating, RATINGS } from './review-scale.ts';

const seed = readFileSync(new URL('../../../test-fixtures/seed-dossier/content/reviews.yaml', import.meta.url), 'utf8');

describe('parseReviews', () => {
  it('reads the seed reviews: one of each rating, each with the line of its id and of its sources', () => {
    const { reviews, problems } = parseReviews(seed);
    expect(problems).toEqual([]);
    expect(reviews.map((r) => r.rating).sort()).toEqual([...RATINGS].sort());
    const supported = reviews.find((r) => r.id === 'c7nktb5azrv')!;
    expect(supported).toMatchObject({ rating: 'belegt', sources: ['cyj8xy0vfja', 'che0ge3enxy'], date: '2026-12-03' });
    expect(seed.split('\n')[supported.line - 1]).toBe('c7nktb5azrv:');
    expect(seed.split('\n')[supported.sourceLines[0]! - 1]).toContain('cyj8xy0vfja');
    // `nicht prüfbar`, written with its space and umlaut, is the stable key.
    expect(reviews.find((r) => r.id === 'cpwyj23f7gg')).toMatchObject({ rating: 'nicht-pruefbar', sources: [] });
  });

  it('takes the English words, also an unquoted `false`, which YAML reads as a boolean', () => {
    const { reviews, problems } = parseReviews('c7nktb5azrv:\n  rating: false\n  note: Wrong date.\ncmttnxxbxj0:\n  rating: Unverifiable\n  note: Only one outlet.\n');
    expect(problems).toEqual([]);
    expect(reviews.map((r) => r.rating)).toEqual(['falsch', 'nicht-pruefbar']);
  });

  it('names the line, the field and the scale for a rating outside it', () => {
    const text = seed.replace('rating: umstritten', 'rating: umstriten');
    const [problem, ...more] = parseReviews(text).problems;
    expect(more).toEqual([]);
    const line = text.split('\n').findIndex((l) => l.includes('umstriten')) + 1;
    expect(problem!.message).toBe(`Line ${line}: \`c1as0hqe6x5.rating\` \`umstriten\` is not on the scale (did you mean \`umstritten\`?); use one of \`belegt\` (supported), \`plausibel\` (plausible), \`umstritten\` (disputed), \`falsch\` (false), \`nicht prüfbar\` (unverifiable).`);
    expect(problem!.fix).toContain('rating: belegt');
  });

  it('reports malformed YAML with its line and returns no review', () => {
    const result = parseReviews(seed.replace('  rating: belegt', '\trating: belegt'));
    expect(result.reviews).toEqual([]);
    expect(result.problems[0]).toMatchObject({ file: 'content/reviews.yaml', code: 'yaml-syntax' });
    expect(result.problems[0]!.message).toMatch(/^Line 9, column 1: /);
  });

  it('rejects a key that is no claim id, an unknown field and a missing note, each at its line', () => {
    const problems = parseReviews('c7nktb5azrv:\n  rating: belegt\n  notes: Zwei Quellen.\n/c/cmttnxxbxj0/:\n  rating: plausibel\n  note: Eine Deutung.\n').problems;
    const messages = problems.map((p) => p.message).sort();
    expect(messages).toContain('Line 1: `c7nktb5azrv.note` is missing.');
    expect(messages).toContain('Line 3: Unknown field `c7nktb5azrv.notes`. Did you mean `note`?');
    const key = problems.find((p) => p.message.startsWith('Line 4: '))!;
    expect(key.message).toBe('Line 4: `/c/cmttnxxbxj0/` is not a claim id (c and 10 letters or digits, as in the address /c/<id>/).');
    expect(key.fix).toContain('e.g. `c7nktb5azrv:`');
  });

  it('rejects a source that is neither a claim id nor a URL', () => {
    const [problem] = parseReviews('c7nktb5azrv:\n  rating: belegt\n  note: Zwei Quellen.\n  sources: [SVR-Mitteilung]\n').problems;
    expect(problem!.message).toBe('Line 4: `c7nktb5azrv.sources[0]` must be a claim id (c and 10 letters or digits, e.g. `c7nktb5azrv`) or an absolute http(s) URL.');
  });

  it('has no reviews in an empty file', () => {
    expect(parseReviews('# noch keine Bewertungen\n')).toEqual({ reviews: [], problems: [] });
  });
});

describe('parseRating', () => {
  it('folds the spellings a person types', () => {
    expect(parseRating('Nicht  Pruefbar')).toBe('nicht-pruefbar');
    expect(parseRating('SUPPORTED')).toBe('belegt');
    expect(parseRating('wahr')).toBeUndefined();
  });
});
