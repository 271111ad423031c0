import { describe, expect, it } from 'vitest';
import { articleStamp, stampOf } from './page-stamps.ts';

describe('page stamps', () => {
  it('keep the parts apart', () => {
    expect(stampOf('a', 'bc')).not.toBe(stampOf('ab', 'c'));
    expect(stampOf('a', 'bc')).toBe(stampOf('a', 'bc'));
  });

  it('an article stamp changes with its data and with its entry digest (code, source bytes)', () => {
    const data = { claims: [{ id: 'c1', text: 'A.' }] };
    const base = articleStamp({ digest: 'd1', data });
    expect(articleStamp({ digest: 'd1', data: { claims: [{ id: 'c1', text: 'B.' }] } })).not.toBe(base);
    expect(articleStamp({ digest: 'd2', data: structuredClone(data) })).not.toBe(base);
    expect(articleStamp({ digest: 'd1', data: structuredClone(data) })).toBe(base);
  });
});
