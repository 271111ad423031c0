import { describe, expect, it } from 'vitest';
import { viewStamp, type KnownStamps } from './view-stamp.ts';

const article = { slug: 'naryshkin-fuehrte-ein-telefongespraech', title: { value: 'Naryschkin führte ein Telefongespräch mit dem Chef der CIA' } };

describe('viewStamp', () => {
  it('changes with any field of the view, a new one included', () => {
    const known: KnownStamps = new WeakMap();
    const view = { article, language: 'de', base: '/' };
    expect(viewStamp({ ...view }, known)).toBe(viewStamp(view, known));
    expect(viewStamp({ ...view, language: 'en' }, known)).not.toBe(viewStamp(view, known));
    expect(viewStamp({ ...view, citedIn: ['kontakte-2021-2025'] }, known)).not.toBe(viewStamp(view, known));
  });

  it('stands a known value in by its stamp: its content is not read again, its stamp decides', () => {
    const known: KnownStamps = new WeakMap([[article, 'entry-stamp-1']]);
    const edited = { ...article, title: { value: 'Ein anderer Titel' } };
    const sameStamp: KnownStamps = new WeakMap([[edited, 'entry-stamp-1']]);
    expect(viewStamp({ article: edited }, sameStamp)).toBe(viewStamp({ article }, known));
    const newStamp: KnownStamps = new WeakMap([[edited, 'entry-stamp-2']]);
    expect(viewStamp({ article: edited }, newStamp)).not.toBe(viewStamp({ article }, known));
  });

  it('writes maps and sets out, so a change in one reaches the stamp', () => {
    const known: KnownStamps = new WeakMap();
    const names = new Map([['sergey-naryshkin', 'Sergej Naryschkin']]);
    const renamed = new Map([['sergey-naryshkin', 'Sergei Naryschkin']]);
    expect(viewStamp({ names }, known)).not.toBe(viewStamp({ names: renamed }, known));
    expect(viewStamp({ ids: new Set(['a']) }, known)).not.toBe(viewStamp({ ids: new Set(['b']) }, known));
  });

  it('refuses a function, which no stamp can cover', () => {
    expect(() => viewStamp({ render: () => 'x' }, new WeakMap())).toThrow(/function at `render`/);
  });
});
