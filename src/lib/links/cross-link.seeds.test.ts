/**
 * Cross-linking on the five seed articles, each expectation checked by
 * reading the texts: which sentences report the same fact, which articles
 * belong together, which claims stand alone.
 */
import { describe, expect, it } from 'vitest';
import { draftClaims } from '../claims/draft-claims.ts';
import { loadDossier } from '../content/load-dossier.ts';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { articleEntities } from '../entities/article-entities.ts';
import { compileEntityMatcher } from '../entities/entity-matcher.ts';
import { readEntities } from '../entities/read-entities.ts';
import { standingPlaces } from '../entities/standing-places.ts';
import { crossLink, type CrossLinkArticle } from './cross-link.ts';

const dossier = await loadDossier(SEED_ROOT);
/** Articles keyed by seed number; claim ids are `<seed>.<index>` here. */
const articles: CrossLinkArticle[] = dossier.articles.map((a) => {
  const seed = a.file.slice('content/articles/'.length, 'content/articles/'.length + 3);
  return {
    slug: seed,
    outlet: a.outlet.value,
    title: a.title.value,
    published: a.published?.value,
    claims: draftClaims(a.cleaned.blocks).map((c, i) => ({ id: `${seed}.${i}`, text: c.text, block: c.block })),
  };
});
const links = crossLink(articles);
const textOf = (id: string) => articles.flatMap((a) => a.claims).find((c) => c.id === id)!.text;
const reportsOf = (id: string) => links.claims.get(id)!.corroboration.reports.map((r) => r.claim);

describe('corroboration on the seeds', () => {
  it('links the two reports of the Naryshkin–Ratcliffe call sentence by sentence', () => {
    expect(textOf('000.3')).toMatch(/^Naryshkin und Ratcliffe erörterten auch die Zusammenarbeit/);
    expect(reportsOf('000.3')).toEqual(['001.1']);
    expect(textOf('000.2')).toMatch(/vereinbarten die Chefs der beiden Behörden, einen Dialog aufrechtzuerhalten/);
    expect(reportsOf('000.2')).toEqual(['001.2']);
    expect(textOf('000.1')).toMatch(/^Der Direktor des russischen Auslandsgeheimdienstes \(SVR\), Sergey Naryshkin, sprach telefonisch/);
    expect(reportsOf('000.1')).toEqual(['001.0', '001.2']);
    expect(textOf('000.11')).toMatch(/Delegationen in Dschidda/);
    expect(reportsOf('000.11')).toEqual(['001.7']);
  });

  it('links both ways, and counts two outlets', () => {
    expect(reportsOf('001.1')).toEqual(['000.3']);
    expect(links.claims.get('001.1')!.corroboration).toMatchObject({
      outlets: 2,
      reports: [{ claim: '000.3', slug: '000', outlet: 'SeaPRwire', title: 'Russischer Geheimdienstchef telefoniert mit CIA-Chef' }],
    });
  });

  it('links the two RT DE reports of the Ankara talks, but counts them as one outlet', () => {
    expect(textOf('003.3')).toMatch(/Delegation werde von dem Leiter des russischen Auslandsgeheimdienstes, Sergej Naryschkin, geführt/);
    expect(reportsOf('003.3')).toEqual(['002.1']);
    expect(textOf('003.0')).toMatch(/treffe sich der Leiter des russischen Auslandsgeheimdienstes, Sergej Naryschkin, in Ankara/);
    expect(reportsOf('003.0')).toEqual(['002.1']);
    expect(links.claims.get('003.3')!.corroboration.outlets).toBe(1);
  });

  it('does not take Moscow confirming the talks for Ankara declining to comment on them', () => {
    expect(textOf('002.8')).toMatch(/bestätigte Moskau, dass die Gespräche tatsächlich stattgefunden hatten/);
    expect(textOf('003.6')).toMatch(/^Ankara lehne es ab, sich zu den Einzelheiten der Gespräche zu äußern/);
    expect(reportsOf('002.8')).toEqual([]);
  });

  it('links the Geneva meeting of 10 January in 003 and 004 through its date', () => {
    expect(textOf('004.6')).toMatch(/für den 10\. Januar in Genf geplante Treffen/);
    expect(reportsOf('004.6')).toEqual(['003.11', '003.1']);
    expect(links.claims.get('004.6')!.corroboration.outlets).toBe(2);
  });

  it('does not link the Trump–Putin call of 2025 to the Putin–Biden call of 2021', () => {
    expect(textOf('000.10')).toMatch(/Trump sagte am Dienstag, er werde voraussichtlich diese Woche ein Telefongespräch/);
    expect(reportsOf('000.10')).toEqual([]);
    expect(links.claims.get('000.10')!.corroboration.outlets).toBe(1);
  });

  it('links 10 pairs of claims, 15 claims in all; the other 63 of 78 stay single-source', () => {
    const all = [...links.claims.values()];
    expect(all).toHaveLength(78);
    const corroborated = all.filter((c) => c.corroboration.reports.length > 0);
    expect(corroborated).toHaveLength(15);
    expect(corroborated.reduce((n, c) => n + c.corroboration.reports.length, 0)).toBe(20);
  });
});

describe('related articles on the seeds', () => {
  const related = (slug: string) => links.related.get(slug)!.map((r) => r.slug);

  it('pairs the two reports of the March 2025 call and the two of the Ankara meeting first', () => {
    expect(related('000')[0]).toBe('001');
    expect(related('001')[0]).toBe('000');
    expect(related('002')[0]).toBe('003');
    expect(related('003')[0]).toBe('002');
  });

  it('relates the Putin–Biden report to the Ankara report through Geneva, and gives reasons', () => {
    expect(related('004')).toEqual(['003']);
    expect(related('003')).toEqual(['002', '004']);
    const geneva = links.related.get('004')![0]!.reasons;
    expect(geneva.dates).toEqual([{ date: { start: '2022-01-10', end: '2022-01-10' }, precision: 'day' }]);
    expect(geneva.facts).toBe(1);
    expect(geneva.words).toContain('Genf');
    const ankara = links.related.get('002')![0]!.reasons;
    expect(ankara.daysApart).toBe(1);
    expect(ankara.words[0]).toBe('Ankara');
  });
});

describe('dates per claim', () => {
  it('reads each claim in the context of its paragraph', () => {
    const summer = articles[0]!.claims.find((c) => c.text.includes('in diesem Sommer'))!;
    expect(links.claims.get(summer.id)!.dates.map((d) => d.date.start)).toEqual(['2023-06-01']);
  });
});

describe('with the entity registry of content/entities.yaml', async () => {
  const registry = await readEntities(SEED_ROOT);
  const matcher = compileEntityMatcher(registry.entities);
  const byClaim = new Map(
    dossier.articles.flatMap((a, i) => Object.entries(articleEntities(matcher, a.cleaned.blocks, articles[i]!.claims).claimEntities)),
  );
  const withEntities = crossLink(articles, { ofClaim: (id) => byClaim.get(id) ?? [], names: new Map(registry.entities.map((e) => [e.id, e.name])) });
  const reports = (id: string) => withEntities.claims.get(id)!.corroboration.reports.map((r) => r.claim);

  it('links the Ankara meeting itself, but not two sentences that share only Peskow’s name', () => {
    expect(textOf('002.10')).toMatch(/Peskow, Russland habe nichts zu dem Bericht zu sagen/);
    expect(textOf('003.5')).toMatch(/Peskow sagte auf einer Pressekonferenz, er könne diese Information weder bestätigen noch dementieren/);
    expect(reports('002.10')).toEqual([]);
    expect(textOf('003.0')).toMatch(/treffe sich der Leiter des russischen Auslandsgeheimdienstes, Sergej Naryschkin, in Ankara/);
    expect(reports('003.0')).toEqual(['002.1']);
  });

  it('keeps the pairs first and names their distinctive shared entities', () => {
    const related = (slug: string) => withEntities.related.get(slug)!.map((r) => r.slug);
    expect([related('000'), related('001'), related('002'), related('003'), related('004')]).toEqual([
      ['001'], ['000'], ['003'], ['002', '004'], ['003'],
    ]);
    expect(withEntities.related.get('002')![0]!.reasons.entities).toContain('Ankara');
  });

  it('takes a place and the place standing for it as one: Türkiye for Ankara, the USA and Russland for Washington and Moskau', () => {
    const standIns = standingPlaces(registry.entities, matcher);
    const linked = crossLink(articles, { ofClaim: (id) => byClaim.get(id) ?? [], names: new Map(), standIns });
    const reportsWith = (id: string) => linked.claims.get(id)!.corroboration.reports.map((r) => r.claim);
    expect(textOf('002.1')).toMatch(/die Gespräche in der Hauptstadt von Türkiye zu kommentieren/);
    expect(textOf('003.2')).toMatch(/fänden in der türkischen Hauptstadt Ankara Gespräche/);
    expect(reports('002.1')).not.toContain('003.2');
    expect(reportsWith('002.1')).toContain('003.2');
    expect(textOf('000.0')).toMatch(/regelmäßigen Kontakt zu pflegen, um die Spannungen zwischen den USA und Russland abzubauen/);
    expect(textOf('001.2')).toMatch(/regelmäßige Kontakte aufrechtzuerhalten, .* zwischen Moskau und Washington zu verringern/);
    expect(reports('000.0')).toEqual([]);
    expect(reportsWith('000.0')).toEqual(['001.2']);
    // Still not the Trump–Putin call for the talks in Jeddah: Kiew beside Ukraine is no stand-in.
    expect(reportsWith('000.10')).toEqual([]);
  });
});
