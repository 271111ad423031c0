/**
 * Corroboration between English reports: two outlets' sentences about the
 * cable damage of the English fixture dossier match; their neighbours,
 * which share only English function words and the story's names, do not
 * (read with German function words, "called … and … it" and "the minister,
 * Mr. Okafor, … the" matched).
 */
import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../dates/date-expressions.ts';
import type { LinkableArticle } from './linkable.ts';
import { matchClaims } from './match-claims.ts';

function article(slug: string, outlet: string, published: string, texts: string[]): LinkableArticle {
  return {
    slug,
    outlet,
    title: slug,
    published,
    claims: texts.map((text, i) => ({ id: `${slug}${i}`, text, dates: findDateExpressions(text, { published, language: 'en' }), entities: [], language: 'en' })),
  };
}

const damageA = 'It was damaged in January 2023 when a fishing vessel dragged its anchor across the route, according to a report by the Marine Accident Investigation Branch.';
const damageB = 'The subsea cable was damaged in January 2023 by the anchor of a fishing vessel, the Marine Accident Investigation Branch found.';

describe('matchClaims on English claims', () => {
  const a = article('a', 'Humber Courier', '2025-03-12', [
    damageA,
    'The wind farm\'s 95 turbines have been standing idle since they were completed last autumn.',
    'Margaret Holloway called it "a good day for the North, and for everyone who waited".',
    'The minister, Mr. Okafor, visited the control room in Hull in the afternoon.',
  ]);
  const b = article('b', 'The Westminster Ledger', '2025-03-14', [
    damageB,
    'The dispute will be discussed in Parliament next week, and the minister said he would not write a blank cheque.',
    'North Sea Grid Ltd. called the claim "without merit" and said it would defend itself.',
    'Mr. Okafor, the energy minister, said on Wednesday that the first power would flow "within weeks, not months".',
  ]);

  it('matches the two reports of the cable damage, and nothing else', () => {
    expect(matchClaims([a, b]).map((m) => `${m.a.article}.${m.a.claim} ~ ${m.b.article}.${m.b.claim}`)).toEqual(['0.0 ~ 1.0']);
  });
});
