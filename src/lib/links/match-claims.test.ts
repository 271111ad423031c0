import { describe, expect, it } from 'vitest';
import { findDateExpressions } from '../dates/date-expressions.ts';
import { corroborationByClaim } from './corroboration.ts';
import type { LinkableArticle } from './linkable.ts';
import { matchClaims } from './match-claims.ts';

function article(slug: string, outlet: string, published: string, texts: string[], entities: string[][] = []): LinkableArticle {
  return {
    slug,
    outlet,
    title: slug.toUpperCase(),
    published,
    claims: texts.map((text, i) => ({ id: `${slug}${i}`, text, dates: findDateExpressions(text, { published }), entities: entities[i] ?? [] })),
  };
}

const filler = [
  'Die Regierung kündigte neue Haushaltspläne für die Landwirtschaft an.',
  'Der Fußballverein gewann das Pokalfinale nach Verlängerung.',
  'Im Norden regnete es den ganzen Tag über kräftig.',
];

describe('matchClaims and corroborationByClaim', () => {
  const a = article('a', 'Agentur A', '2024-05-03', ['Die Außenminister vereinbarten in Genf einen Gefangenenaustausch über Vermittler.', ...filler]);
  const b = article('b', 'Zeitung B', '2024-05-04', ['In Genf vereinbarten die Außenminister einen Gefangenenaustausch.', 'Die Börse schloss fester.']);
  const c = article('c', 'zeitung  b', '2024-05-05', ['Ein Gefangenenaustausch wurde in Genf von den Außenministern vereinbart.']);

  it('matches rewordings of one fact across articles, both ways', () => {
    const matches = matchClaims([a, b, c]);
    expect(matches.map((m) => [m.a, m.b].map((s) => `${s.article}.${s.claim}`).join(' ~ '))).toEqual(
      expect.arrayContaining(['0.0 ~ 1.0', '0.0 ~ 2.0', '1.0 ~ 2.0']),
    );
    const corroboration = corroborationByClaim([a, b, c], matches);
    expect(corroboration.get('a0')!.reports.map((r) => r.claim).sort()).toEqual(['b0', 'c0']);
    expect(corroboration.get('b0')!.reports.map((r) => r.claim).sort()).toEqual(['a0', 'c0']);
  });

  it('counts outlets, not articles: the same outlet written differently counts once', () => {
    const corroboration = corroborationByClaim([a, b, c], matchClaims([a, b, c]));
    expect(corroboration.get('a0')!.outlets).toBe(2);
    expect(corroboration.get('b1')).toEqual({ outlets: 1, reports: [] });
  });

  it('never matches two claims of one article', () => {
    const twice = article('d', 'D', '2024-05-03', ['Die Außenminister vereinbarten in Genf einen Gefangenenaustausch.', 'In Genf vereinbarten die Außenminister einen Gefangenenaustausch.']);
    expect(matchClaims([twice])).toEqual([]);
  });

  /** The score of the first claims of two articles, if they match. */
  const firstClaims = (x: LinkableArticle, y: LinkableArticle) =>
    matchClaims([x, y]).find((m) => m.a.claim === 0 && m.b.claim === 0)?.score ?? 0;

  it('does not take the same words about another year for the same fact', () => {
    const text = 'Die Außenminister berieten in Genf über einen Gefangenenaustausch.';
    const sameWeek = firstClaims(a, article('e', 'E', '2024-05-04', [text, ...filler]));
    const yearsBefore = firstClaims(a, article('e', 'E', '2019-05-03', [text, ...filler]));
    expect(sameWeek - yearsBefore).toBeGreaterThanOrEqual(0.3);
  });

  it('takes shared entities as evidence', () => {
    const x = article('x', 'X', '2024-05-03', ['Burns traf Naryschkin zu Gesprächen über Gefangene.', ...filler], [['burns', 'naryshkin']]);
    const y = article('y', 'Y', '2024-05-03', ['Die Geheimdienstchefs Naryshkin und Burns sprachen über Gefangene und Sanktionen.', ...filler], [['naryshkin', 'burns']]);
    const withoutEntities = (z: LinkableArticle) => ({ ...z, claims: z.claims.map((claim) => ({ ...claim, entities: [] })) });
    expect(firstClaims(x, y) - firstClaims(withoutEntities(x), withoutEntities(y))).toBeCloseTo(0.2);
  });
});
