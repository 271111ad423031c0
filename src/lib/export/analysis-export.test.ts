import { describe, expect, it } from 'vitest';
import { seedAnalyses } from '../../test-support/seed-analyses.ts';
import { checkAnalyses } from '../analyses/check-analyses.ts';
import { exportedAnalysis } from './analysis-export.ts';

describe('exportedAnalysis', () => {
  it('exports the seed analysis with its Markdown and every citation resolved, by absolute URL', async () => {
    const seed = await seedAnalyses();
    const ledger = structuredClone(seed.ledger);
    Object.assign(ledger.claims.c426gemc26k!, { status: 'moved', successor: 'c5htst1z6x6' });
    const [checked] = checkAnalyses(seed.analyses, { ...seed.index, ledger }).analyses;
    const exported = exportedAnalysis(checked!, { siteUrl: 'https://dossier.example.org/', base: '/' }, 'de');
    expect(exported).toMatchObject({ slug: 'kontakte-svr-cia', url: 'https://dossier.example.org/analysen/kontakte-svr-cia/', date: '2026-12-03', author: 'Redaktion des Dossiers' });
    expect(exported.markdown).toMatch(/^Vier der fünf Berichte/);
    expect(exported.citations).toHaveLength(26);
    expect(exported.citations.find((c) => c.written === '[[c426gemc26k]]')).toEqual({
      written: '[[c426gemc26k]]',
      kind: 'claim',
      id: 'c426gemc26k',
      currentId: 'c5htst1z6x6',
      url: 'https://dossier.example.org/c/c5htst1z6x6/',
      text: seed.ledger.claims.c5htst1z6x6!.text,
      revised: true,
      status: 'live',
    });
    expect(exported.citations.find((c) => c.kind === 'entity')).toEqual({ written: '[[@svr]]', kind: 'entity', id: 'svr', url: 'https://dossier.example.org/entities/svr/' });
  }, 30_000);
});
