import { describe, expect, it } from 'vitest';
import { densestRun } from './main-text.ts';

describe('densestRun', () => {
  it('spans paragraphs across a caption, but not across a long menu', () => {
    // menu (5 short lines), paragraph, caption, paragraph, footer menu
    expect(densestRun([-3, -3, -3, -3, -3, 40, -3, 0, 35, -3, -3])).toEqual({ start: 5, end: 8 });
  });
  it('leaves a teaser paragraph behind a wall of links', () => {
    expect(densestRun([12, -3, -3, -3, -3, -3, 60, 30])).toEqual({ start: 6, end: 7 });
  });
  it('finds nothing in a page without prose', () => {
    const run = densestRun([-3, -1, -3]);
    expect(run.start).toBeGreaterThan(run.end);
  });
});
