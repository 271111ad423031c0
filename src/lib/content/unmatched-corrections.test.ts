import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import { unmatchedCorrections } from './unmatched-corrections.ts';

async function seed004() {
  const name = (await seedNames()).find((n) => n.startsWith('004'))!;
  const file = `content/articles/${name}`;
  return { file, metaFile: file.replace(/\.txt$/, '.meta.yaml'), source: await readFile(join(SEED_ROOT, file), 'utf8') };
}

const SIDECAR = `outlet: SNA
cleaning:
  keep:
    - "Moskau fordert Sicherheitsgarantien"
    - "Moskau fordert  Sicherheits-Garantien"
  drop:
    - Abonnieren
    - "Jetzt den Newsletter bestellen"
`;

describe('unmatchedCorrections on seed 004', () => {
  it('warns about each entry that matches no line, with its sidecar line and the closest text line', async () => {
    const s = await seed004();
    const cleaning = { keep: ['Moskau fordert Sicherheitsgarantien', 'Moskau fordert  Sicherheits-Garantien'], drop: ['Abonnieren', 'Jetzt den Newsletter bestellen'] };
    const problems = unmatchedCorrections({ ...s, cleaning }, SIDECAR);
    expect(problems).toEqual([
      {
        file: s.metaFile,
        severity: 'warning',
        code: 'unmatched-correction',
        message: `Line 5: the \`cleaning.keep\` entry „Moskau fordert  Sicherheits-Garantien“ matches no line of ${s.file}, so it changes nothing.`,
        fix: 'The closest line of the text is line 17: „Moskau fordert Sicherheitsgarantien“. Copy the words exactly as the text has them, or remove the entry.',
      },
      expect.objectContaining({
        message: expect.stringMatching(/^Line 8: the `cleaning\.drop` entry „Jetzt den Newsletter bestellen“ matches no line/),
        fix: expect.stringContaining('No line of the text is close to it'),
      }),
    ]);
  });

  it('is quiet when every entry matches', async () => {
    expect(unmatchedCorrections({ ...(await seed004()), cleaning: { keep: ['  Moskau fordert  '], drop: ['Abonnieren'] } }, SIDECAR)).toEqual([]);
  });
});
