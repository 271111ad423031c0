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

// Real sentences: the seeds' reports of the Naryshkin–Ratcliffe call (000, 001) and of the Geneva talks (003, 004).
const filler = [
  'Die Ukraine hat den Vorschlag der Vereinigten Staaten für einen 30-tägigen Waffenstillstand angenommen.',
  'Der Kreml hat sich noch nicht offiziell zu den Kontakten zwischen den Geheimdiensten geäußert.',
  'Im Januar, nur zwei Tage nach Ratcliffes Ernennung, hatte Naryshkin bereits Interesse an Kontakten bekundet.',
];
const callA = 'Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergey Naryshkin, sprach telefonisch mit seinem CIA-Amtskollegen John Ratcliffe, und sie haben vereinbart, regelmäßigen Kontakt zu pflegen.';
const callB = 'Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergej Naryschkin, habe ein Telefongespräch mit dem Chef der US-amerikanischen Central Intelligence Agency (CIA) geführt, berichtete die Agentur.';
const callC = 'Der SVR-Direktor Sergej Naryschkin hat mit CIA-Direktor John Ratcliffe telefoniert und regelmäßige Kontakte vereinbart, teilte der Auslandsgeheimdienst mit.';

describe('matchClaims and corroborationByClaim', () => {
  const a = article('a', 'SeaPRwire', '2025-03-12', [callA, ...filler]);
  const b = article('b', 'RT DE', '2025-03-12', [callB, 'Die Börse in Moskau schloss am Mittwoch fester als am Vortag, berichteten Händler.']);
  const c = article('c', 'rt  de', '2025-03-13', [callC]);

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

  it('gives each report a confidence and what both sentences state', () => {
    const geneva = article('g', 'RT DE', '2022-11-14', ['Das letzte persönliche Gespräch zwischen den beiden Ländern fand am 10. Januar in Genf statt, bei dem die russischen Forderungen nach Sicherheitsgarantien erörtert wurden.']);
    const planned = article('p', 'Tagesspiegel', '2021-12-29', ['Damit ist wahrscheinlich das für den 10. Januar in Genf geplante Treffen zu den von Moskau geforderten Sicherheitsgarantien gemeint.']);
    const [report] = corroborationByClaim([geneva, planned], matchClaims([geneva, planned])).get('g0')!.reports;
    expect(report!.confidence).toBeGreaterThan(0.3);
    expect(report!.confidence).toBeLessThanOrEqual(1);
    expect(report!.shared.dates).toEqual([{ date: { start: '2022-01-10', end: '2022-01-10' }, precision: 'day' }]);
  });

  it('never matches two claims of one article', () => {
    expect(matchClaims([article('d', 'D', '2025-03-12', [callA, callB])])).toEqual([]);
  });

  /** The score of the first claims of two articles, if they match. */
  const firstClaims = (x: LinkableArticle, y: LinkableArticle) =>
    matchClaims([x, y]).find((m) => m.a.claim === 0 && m.b.claim === 0)?.score ?? 0;

  it('does not take the same words about another year for the same fact', () => {
    expect(firstClaims(a, article('e', 'E', '2025-03-13', [callB, ...filler]))).toBeGreaterThan(0);
    expect(firstClaims(a, article('e', 'E', '2019-05-03', [callB, ...filler]))).toBe(0);
  });

  it('never matches a claim with a report published before the date it states', () => {
    const dated = article('f', 'F', '2025-03-13', [`${callB.slice(0, -1)} am 12. März 2025.`]);
    expect(firstClaims(dated, article('o', 'O', '2022-11-14', [callA]))).toBe(0);
  });

  it('takes shared entities as evidence', () => {
    const x = article('x', 'X', '2025-03-12', [callA, ...filler], [['naryshkin', 'ratcliffe', 'svr']]);
    const y = article('y', 'Y', '2025-03-12', [callC, ...filler], [['naryshkin', 'ratcliffe', 'svr']]);
    const withoutEntities = (z: LinkableArticle) => ({ ...z, claims: z.claims.map((claim) => ({ ...claim, entities: [] })) });
    expect(firstClaims(x, y) - firstClaims(withoutEntities(x), withoutEntities(y))).toBeCloseTo(0.2);
  });

  it('matches no questions, quotations or short generic sentences', () => {
    const x = article('x', 'X', '2020-04-27', ['Beide sagen Nein.', 'Was sind die Symptome des neuen Coronavirus bei den Infizierten in Deutschland?']);
    const y = article('y', 'Y', '2020-04-28', ['Während wir doch sagen: Nein.', 'Was sind die Symptome des neuen Coronavirus bei den Infizierten in Deutschland?']);
    expect(matchClaims([x, y])).toEqual([]);
  });

  it('does not take two different numbers for one fact', () => {
    const x = article('x', 'X', '2020-04-27', ['Wie im öffentlichen Raum muss der Mindestabstand von 1,50 Metern in Produktionshallen und Tischlereien gewahrt werden.']);
    const y = article('y', 'Y', '2020-04-28', ['Im öffentlichen Raum muss ein Mindestabstand von 50 Metern zu Produktionshallen und Tischlereien gewahrt werden.']);
    expect(matchClaims([x, y])).toEqual([]);
  });
});
