import { describe, expect, it } from 'vitest';
import { SEED_ANALYSIS, seedAnalysisText } from '../../test-support/seed-analyses.ts';
import { parseAnalysisFile } from './analysis-frontmatter.ts';
import { isSafeUrl, scanAnalysis } from './scan-analysis.ts';

async function scanSeed(edit: (text: string) => string = (t) => t) {
  const { analysis } = parseAnalysisFile(SEED_ANALYSIS, edit(await seedAnalysisText()));
  return scanAnalysis(analysis!.file, analysis!.body, analysis!.bodyLine);
}

describe('scanAnalysis', () => {
  it('finds every citation of the seed analysis with the line of the file it is on', async () => {
    const { citations, problems } = await scanSeed();
    expect(problems).toEqual([]);
    expect(citations.filter((c) => c.target.kind === 'claim')).toHaveLength(18);
    expect(citations.filter((c) => c.target.kind === 'entity').map((c) => c.line)).toEqual([13, 13, 16, 16, 23, 32, 42]);
    const quote = citations.find((c) => c.block);
    expect(quote).toMatchObject({ target: { kind: 'claim', id: 'c426gemc26k' }, line: 30 });
    const article = citations.find((c) => c.target.kind === 'article');
    expect(article?.line).toBe(14);
    // The paragraph without its citations: what an unknown id is matched against.
    expect(citations.find((c) => c.target.kind === 'claim' && c.target.id === 'csbwmdq3dm4')?.context).toContain('Kremlsprecher Dmitri Peskow wollte das weder bestätigen noch dementieren .');
  });

  it('rejects raw HTML, a script address, unknown syntax and a quotation inside a sentence, each at its line', async () => {
    const { problems } = await scanSeed((text) =>
      text
        .replace('Einen Tag später gab RT DE wieder', '<script>alert(1)</script>\n\nEinen Tag später gab RT DE wieder')
        .replace('## Ankara, November 2022', '## Ankara, [November](javascript:alert(1)) 2022')
        .replace('Kremlsprecher Dmitri Peskow', 'Kremlsprecher [[Dmitri Peskow]]')
        .replace('am breitesten belegte', 'am breitesten belegte ![[c7nktb5azrv]]'),
    );
    expect(problems.map((p) => p.message)).toEqual([
      'Line 20: the address `javascript:alert(1)` is not a web address.',
      'Line 24: `[[Dmitri Peskow]]` is no citation.',
      'Line 27: raw HTML `<script>alert(1)</script>` is not allowed in an analysis.',
      'Line 45: the quotation `![[c7nktb5azrv]]` must stand alone in its paragraph.',
    ]);
  });

  it('lets brackets in code stay text', async () => {
    const { problems, citations } = await scanSeed((text) => text.replace('Kremlsprecher Dmitri Peskow', 'Kremlsprecher `[[Dmitri Peskow]]`'));
    expect(problems).toEqual([]);
    expect(citations).toHaveLength(26);
  });

  it('tells web and dossier addresses from script ones', () => {
    expect(['https://www.kommersant.ru/', '/c/c426gemc26k/', '#beleg-1', 'mailto:redaktion@example.org', '../analysen/'].every(isSafeUrl)).toBe(true);
    expect(['javascript:alert(1)', 'JavaScript:alert(1)', ' data:text/html,<script>', 'vbscript:x'].some(isSafeUrl)).toBe(false);
  });
});
