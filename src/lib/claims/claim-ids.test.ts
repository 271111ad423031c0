import { describe, expect, it } from 'vitest';
import { assignClaimIds, claimKey, isClaimId } from './claim-ids.ts';
import { normalizeClaim } from './normalize-claim.ts';

const A = '000_9b40cf4b3cb6ef87';
const S1 = 'Naryshkin und Ratcliffe erörterten auch die Zusammenarbeit zwischen den beiden Behörden “in Bereichen von gegenseitigem Interesse und bei der Lösung von Krisensituationen.”';
const S2 = 'Im Mai 2024 sagte Naryshkin, weitere Kontakte zu Burns “könnten nicht ausgeschlossen werden.”';

const idOf = (article: string, text: string) => assignClaimIds([{ article, text }])[0]!;

describe('normalizeClaim', () => {
  it('unifies quotes, dashes, spaces and compatibility forms, drops invisibles', () => {
    expect(normalizeClaim('„Ja“ – sagte\u00a0er…  ‚so‘\u00ad')).toBe('"Ja" - sagte er... \'so\'');
    expect(normalizeClaim('Ｆｕｌｌwidth\u200b')).toBe('Fullwidth');
  });
});

describe('claim ids', () => {
  it('are c + 10 URL-safe characters', () => {
    const id = idOf(A, S1);
    expect(id).toMatch(/^c[0-9a-z]{10}$/);
    expect(isClaimId(id)).toBe(true);
    expect(encodeURIComponent(id)).toBe(id);
  });

  it('do not change with whitespace, quote or dash style, soft hyphens or zero-width characters', () => {
    const base = idOf(A, S1);
    expect(idOf(A, S1.replace(/[“”]/g, '"'))).toBe(base);
    expect(idOf(A, S1.replace(/“/g, '„').replace(/”/g, '“'))).toBe(base);
    expect(idOf(A, `  ${S1.replace(/ /g, '\u00a0 ')}  `)).toBe(base);
    expect(idOf(A, S1.replace('Zusammenarbeit', 'Zusammen\u00adarbeit').replace('beiden', 'bei\u200bden'))).toBe(base);
    expect(idOf(A, S2.replace('Mai 2024', 'Mai 2024'))).toBe(idOf(A, S2));
  });

  it('change when a word changes, and differ between articles', () => {
    expect(idOf(A, S1.replace('auch', 'zudem'))).not.toBe(idOf(A, S1));
    expect(idOf('001_6f10fa47b279544a', S1)).not.toBe(idOf(A, S1));
  });

  it('do not depend on the order or presence of other sentences', () => {
    const alone = idOf(A, S2);
    const ids = assignClaimIds([
      { article: A, text: 'Ein ganz anderer Satz.' },
      { article: 'zzz', text: S2 },
      { article: A, text: S2 },
    ]);
    expect(ids[2]).toBe(alone);
    const reversed = assignClaimIds([{ article: A, text: S2 }, { article: A, text: 'Ein ganz anderer Satz.' }]);
    expect(reversed[0]).toBe(alone);
  });

  it('give a repeated sentence in one article distinct ids, deterministically', () => {
    const ids = assignClaimIds([{ article: A, text: 'Das ist so.' }, { article: A, text: 'Das ist so.' }]);
    expect(new Set(ids).size).toBe(2);
    expect(ids[0]).toBe(idOf(A, 'Das ist so.'));
    expect(assignClaimIds([{ article: A, text: 'Das ist so.' }, { article: A, text: 'Das ist so.' }])).toEqual(ids);
  });

  it('let the ledger owner keep a contested id', () => {
    const [first, second] = assignClaimIds([{ article: A, text: 'Das ist so.' }, { article: A, text: 'Das ist so.' }]);
    // If the ledger says the second occurrence's id belongs to this key, it is kept even when listed alone.
    const owners = new Map([[second!, claimKey(A, 'Das ist so.')]]);
    expect(assignClaimIds([{ article: A, text: 'Das ist so.' }, { article: A, text: 'Das ist so.' }], owners)).toEqual([first, second]);
  });

  it('stay unique and stable for 100,000 distinct sentences', () => {
    const requests = Array.from({ length: 100_000 }, (_, i) => ({ article: `a${i % 5000}`, text: `Satz Nummer ${i} über das Thema ${i % 97}.` }));
    const ids = assignClaimIds(requests);
    expect(new Set(ids).size).toBe(100_000);
    expect(ids.every(isClaimId)).toBe(true);
    expect(assignClaimIds(requests.slice(0, 10))).toEqual(ids.slice(0, 10));
  });
});
