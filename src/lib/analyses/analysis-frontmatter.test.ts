import { describe, expect, it } from 'vitest';
import { SEED_ANALYSIS, seedAnalysisText } from '../../test-support/seed-analyses.ts';
import { parseAnalysisFile } from './analysis-frontmatter.ts';

describe('parseAnalysisFile', () => {
  it('reads the seed analysis: frontmatter, the Markdown and the line it starts on', async () => {
    const { analysis, problems } = parseAnalysisFile(SEED_ANALYSIS, await seedAnalysisText());
    expect(problems).toEqual([]);
    expect(analysis?.slug).toBe('kontakte-svr-cia');
    expect(analysis?.frontmatter).toMatchObject({ title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist', date: '2026-12-03', author: 'Redaktion des Dossiers' });
    expect(analysis?.frontmatter.summary).toMatch(/^Zwei Kontakte der Geheimdienstchefs/);
    expect(analysis?.bodyLine).toBe(11);
    expect(analysis?.body.split('\n')[1]).toBe('Vier der fünf Berichte dieses Dossiers handeln von Kontakten zwischen dem');
  });

  it('names the line and the fix of a missing field, a bad date and an unknown field', async () => {
    const text = (await seedAnalysisText()).replace('date: 2026-12-03', 'date: 3. Dezember 2026').replace('author: Redaktion des Dossiers\n', 'autor: Redaktion\n');
    const { analysis, problems } = parseAnalysisFile(SEED_ANALYSIS, text);
    expect(analysis).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['Line 3: `date` must be a date as YYYY-MM-DD.', 'Line 2: `author` is missing.', 'Line 4: Unknown field `autor`. Did you mean `author`?']);
    expect(problems.every((p) => p.file === SEED_ANALYSIS && p.severity === 'error' && p.fix.length > 0)).toBe(true);
  });

  it('reports YAML syntax at the line of the file, and a file without frontmatter', async () => {
    const seed = await seedAnalysisText();
    const broken = parseAnalysisFile(SEED_ANALYSIS, seed.replace('title: Was über', 'title: "Was über'));
    // yaml reports an unclosed quote where the frontmatter ends (its line 9), which is still a line of the file.
    expect(broken.problems[0]?.message).toBe('Line 9, column 72: Missing closing "quote.');
    const bare = parseAnalysisFile(SEED_ANALYSIS, seed.slice(seed.indexOf('Vier der fünf')));
    expect(bare.problems[0]?.message).toBe('Line 1: the file must begin with frontmatter between two `---` lines.');
  });

  it('refuses a file name that cannot be an address', async () => {
    const { problems } = parseAnalysisFile('content/analyses/Kontakte SVR.md', await seedAnalysisText());
    expect(problems[0]?.fix).toMatch(/Rename the file/);
  });
});
