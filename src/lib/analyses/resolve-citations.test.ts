import { beforeAll, describe, expect, it } from 'vitest';
import { seedAnalyses } from '../../test-support/seed-analyses.ts';
import type { Ledger } from '../claims/claim-ledger.ts';
import { checkAnalyses } from './check-analyses.ts';
import type { AnalysisSource } from './analysis-frontmatter.ts';
import type { CitationIndex } from './resolve-citations.ts';
import { citationIndex } from './citation-index.ts';

let seed: Awaited<ReturnType<typeof seedAnalyses>>;
beforeAll(async () => {
  seed = await seedAnalyses();
}, 30_000);

function withBody(analysis: AnalysisSource, find: string, replace: string): AnalysisSource {
  return { ...analysis, body: analysis.body.replace(find, replace) };
}

function withLedger(edit: (ledger: Ledger) => void): Omit<CitationIndex, 'analysisTitles'> {
  const ledger = structuredClone(seed.ledger);
  edit(ledger);
  return { ...seed.index, ledger };
}

describe('checkAnalyses', () => {
  it('resolves every citation of the seed analysis against the seed dossier', () => {
    const { analyses, problems } = checkAnalyses(seed.analyses, seed.index);
    expect(problems).toEqual([]);
    const cited = [...analyses[0]!.resolved.byTarget.values()];
    expect(cited.filter((c) => c.kind === 'claim')).toHaveLength(18);
    expect(analyses[0]!.resolved.byTarget.get('[[c426gemc26k]]')).toMatchObject({ kind: 'claim', id: 'c426gemc26k', revised: false, status: 'live', article: { outlet: 'RT DE', published: '2022-11-15' } });
    expect(analyses[0]!.resolved.byTarget.get('[[@sergey-naryshkin]]')).toEqual({ kind: 'entity', id: 'sergey-naryshkin', name: 'Sergej Naryschkin' });
  });

  it('shows a moved claim in its current wording, marked revised', () => {
    // The Ankara quotation as if the outlet had since edited it: the ledger moved the old id to c5htst1z6x6.
    const index = withLedger((ledger) => Object.assign(ledger.claims.c426gemc26k!, { status: 'moved', successor: 'c5htst1z6x6' }));
    const { analyses, problems } = checkAnalyses(seed.analyses, index);
    expect(problems).toEqual([]);
    expect(analyses[0]!.resolved.byTarget.get('[[c426gemc26k]]')).toMatchObject({ cited: 'c426gemc26k', id: 'c5htst1z6x6', revised: true, text: seed.ledger.claims.c5htst1z6x6!.text });
  });

  it('warns of a withdrawn claim with its last wording', () => {
    const index = withLedger((ledger) => Object.assign(ledger.claims.cpwyj23f7gg!, { status: 'withdrawn', withdrawn: '2026-12-01' }));
    const { analyses, problems } = checkAnalyses(seed.analyses, index);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', file: 'content/analyses/kontakte-svr-cia.md' });
    expect(problems[0]!.message).toMatch(/^Line 63: the claim cpwyj23f7gg was withdrawn on 2026-12-01; the analysis shows its last wording „Laut Reuters hielten/);
    expect(analyses[0]!.resolved.byTarget.get('[[cpwyj23f7gg]]')).toMatchObject({ status: 'withdrawn', text: seed.ledger.claims.cpwyj23f7gg!.text });
  });

  it('names the nearest claims of an unknown id: a typo first, then by the paragraph', () => {
    const typo = withBody(seed.analyses[0]!, '[[csbwmdq3dm4]]', '[[csbwmdq3dm5]]');
    const [problem] = checkAnalyses([typo], seed.index).problems;
    expect(problem?.message).toMatch(/^Line 25: the claim csbwmdq3dm5 is not in content\/claims\.ledger\.json\. Nearest: csbwmdq3dm4 „Der russische Präsidentensprecher Dmitri Peskow/);
    expect(problem?.fix).toBe('Cite the claim you mean, e.g. [[csbwmdq3dm4]]; `npx dossier claims` lists every id.');
    // An id from nowhere near any seed id: the paragraph about Reuters's February consultations finds that claim.
    const foreign = withBody(seed.analyses[0]!, '[[cpwyj23f7gg]]', '[[c0000000000]]');
    expect(checkAnalyses([foreign], seed.index).problems[0]?.message).toMatch(/Nearest: cpwyj23f7gg „Laut Reuters/);
  });

  it('reports unknown entities, articles and analyses, and a cycle between analyses', () => {
    const first = withBody(seed.analyses[0]!, '[[@svr]]', '[[@svr-moskau]] [[a:kein-artikel]] [[analysis:zweite]]');
    const second: AnalysisSource = { ...first, slug: 'zweite', file: 'content/analyses/zweite.md', body: 'Siehe [[analysis:kontakte-svr-cia]] und [[analysis:fehlt]].', bodyLine: 7 };
    const messages = checkAnalyses([first, second], seed.index).problems.map((p) => `${p.file} ${p.message}`);
    expect(messages).toEqual([
      'content/analyses/kontakte-svr-cia.md Line 13: no entity has the id `svr-moskau` in content/entities.yaml.',
      'content/analyses/kontakte-svr-cia.md Line 13: no article has the slug `kein-artikel`.',
      'content/analyses/zweite.md Line 7: there is no analysis content/analyses/fehlt.md.',
      'content/analyses/kontakte-svr-cia.md Line 13: the analyses cite each other in a circle: kontakte-svr-cia → zweite → kontakte-svr-cia.',
    ]);
  });

  it('follows a renamed article to its address now, as its old page does, and check says to update the citation', () => {
    const now = 'spannungen-um-die-ukraine-telefonat-zwischen-putin-und-biden-fuer-donnerstag';
    const addresses = structuredClone(seed.dossier.addresses.ledger);
    // As if the article had first been published under a shorter slug and renamed since.
    addresses.addresses['telefonat-putin-biden'] = { article: '004_bd2a967ae327f507', title: 'Telefonat zwischen Putin und Biden', issued: '2026-12-01', status: 'renamed', successor: now };
    const index = citationIndex(seed.dossier.articles, seed.ledger, seed.dossier.entities, addresses);
    const analysis = withBody(seed.analyses[0]!, `[[a:${now}]]`, '[[a:telefonat-putin-biden]]');
    const { analyses, problems } = checkAnalyses([analysis], index);
    expect(analyses[0]!.resolved.byTarget.get('[[a:telefonat-putin-biden]]')).toMatchObject({ kind: 'article', article: { slug: now } });
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'citation-renamed', message: expect.stringMatching(/^Line \d+: the article `telefonat-putin-biden` was renamed/), fix: `Cite it as [[a:${now}]].` }),
    ]);
    // Without the address ledger's record, the old slug is an error, as before.
    const unknown = checkAnalyses([analysis], citationIndex(seed.dossier.articles, seed.ledger, seed.dossier.entities));
    expect(unknown.problems).toEqual([expect.objectContaining({ severity: 'error', code: 'bad-citation', message: expect.stringContaining('no article has the slug `telefonat-putin-biden`') })]);
  });
});
