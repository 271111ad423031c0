/**
 * The pipeline on the seed dossier, as a build runs it: cleaning, addresses,
 * then claim ids against the fixture's own ledger, entities and cross-links.
 */
import { describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { articleKey } from '../claims/draft-claims.ts';
import { readLedger } from '../claims/ledger-file.ts';
import { loadDossier } from '../content/load-dossier.ts';
import { outletLinesFor, readDossier } from '../content/read-dossier.ts';
import { emptyAddressLedger } from '../addresses/address-ledger.ts';
import { linkDossier, type LinkPhase } from './link-dossier.ts';
import { prepareDossier } from './prepare-dossier.ts';

const DATE = '2026-12-03';
const dossier = await loadDossier(SEED_ROOT, DATE);
const ledger = await readLedger(SEED_ROOT);
const phases: LinkPhase[] = [];
let announced = 0;
const linked = linkDossier(dossier.states, dossier.articles.map((a) => a.slug), {
  entities: dossier.entities,
  ledger,
  date: DATE,
  base: '/',
  language: 'de',
  onPhase: (phase) => phases.push(phase),
  onClaims: (published) => (announced = [...published.claims.values()].flat().length),
});

describe('linkDossier on the seeds', () => {
  it('gives every sentence the id the fixture ledger issued: nothing new, moved or withdrawn', () => {
    const claims = [...linked.published.claims.values()].flat();
    expect(claims).toHaveLength(78);
    expect(linked.published.changes).toEqual([]);
    expect(claims.every((claim) => ledger.claims[claim.id]?.text === claim.text)).toBe(true);
  });

  it('names its phases in order and tells of the claims before it links them', () => {
    expect(phases).toEqual(['claims', 'entities', 'cross-linking']);
    expect(announced).toBe(78);
  });

  it('links the two reports of the call with Ratcliffe, and no sentence to another in its own article', () => {
    const articleOf = new Map([...linked.published.claims].flatMap(([article, claims]) => claims.map((c) => [c.id, article] as const)));
    const call = linked.published.claims.get('001_6f10fa47b279544a')!.find((c) => c.text.startsWith('Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergej Naryschkin'));
    const reports = linked.links.claims.get(call!.id)!.corroboration.reports;
    expect(reports.map((r) => articleOf.get(r.claim))).toContain('000_9b40cf4b3cb6ef87');
    for (const [id, { corroboration }] of linked.links.claims) {
      for (const report of corroboration.reports) expect(articleOf.get(report.claim)).not.toBe(articleOf.get(id));
    }
  });

  it('links as before when every article brings the dates an earlier run read, and reads no dates of its own then', () => {
    const options = { entities: dossier.entities, ledger, date: DATE, base: '/', language: 'de' };
    const slugs = dossier.articles.map((a) => a.slug);
    const datesOf = (state: (typeof dossier.states)[number]) =>
      linked.published.claims.get(articleKey(state.input.file))!.map((claim) => linked.links.claims.get(claim.id)!.dates);
    const again = linkDossier(dossier.states.map((state) => ({ ...state, claimDates: datesOf(state) })), slugs, options);
    expect(again.links).toEqual(linked.links);
    expect([...linked.links.claims.values()].some((claim) => claim.dates.length > 0)).toBe(true);
    // Given dates are taken as they are: an article said to state no dates has none.
    const undated = linkDossier(dossier.states.map((state) => ({ ...state, claimDates: state.drafts.map(() => []) })), slugs, options);
    expect([...undated.links.claims.values()].every((claim) => claim.dates.length === 0)).toBe(true);
  });

  it('records the entities each claim names, Naryshkin among them', () => {
    expect(linked.named.some((n) => n.entities.includes('sergey-naryshkin'))).toBe(true);
  });
});

describe('prepareDossier', () => {
  it('cleans only what the reuse hook does not keep, and keeps the kept state as it is', async () => {
    const { rules, inputs } = await readDossier(SEED_ROOT);
    const options = { rules, outletLinesOf: outletLinesFor(inputs), addressLedger: emptyAddressLedger(), date: DATE };
    const first = prepareDossier(inputs, options);
    expect(first.cleaned).toBe(5);
    const kept = first.states[2]!;
    const again = prepareDossier(inputs, { ...options, reuse: (input) => (input === kept.input ? kept : undefined) });
    expect(again.cleaned).toBe(4);
    expect(again.states[2]).toBe(kept);
    expect(again.slugs).toEqual(first.slugs);
  });
});
