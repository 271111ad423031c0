import { describe, expect, it } from 'vitest';
import { findCitations, formatTarget, parseCitationTarget } from './citation-syntax.ts';

describe('citation syntax', () => {
  it('finds claim, entity, article and analysis citations in a seed paragraph', () => {
    const text = 'zwischen [[@vladimir-putin]] und [[@joe-biden]] an [[cbkry1dkrd8]], siehe [[a:spannungen-um-die-ukraine]] und [[analysis:kontakte-svr-cia]].';
    expect(findCitations(text).map((m) => m.target)).toEqual([
      { kind: 'entity', id: 'vladimir-putin' },
      { kind: 'entity', id: 'joe-biden' },
      { kind: 'claim', id: 'cbkry1dkrd8' },
      { kind: 'article', slug: 'spannungen-um-die-ukraine' },
      { kind: 'analysis', slug: 'kontakte-svr-cia' },
    ]);
  });

  it('marks the block form and leaves unknown syntax without a target', () => {
    expect(findCitations('![[c426gemc26k]]')).toEqual([{ raw: '![[c426gemc26k]]', target: { kind: 'claim', id: 'c426gemc26k' }, bang: true, index: 0 }]);
    expect(parseCitationTarget('foo bar')).toBeUndefined();
    // An uppercase id or a too-short one is no claim id: it must not pass as one.
    expect(parseCitationTarget('C426GEMC26K')).toBeUndefined();
    expect(parseCitationTarget('c426gem')).toBeUndefined();
    expect(parseCitationTarget('@Sergey Naryshkin')).toBeUndefined();
  });

  it('writes a target back as the curator writes it', () => {
    expect(formatTarget({ kind: 'entity', id: 'svr' })).toBe('[[@svr]]');
    expect(formatTarget({ kind: 'article', slug: 'x' })).toBe('[[a:x]]');
  });
});
