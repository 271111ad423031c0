import { describe, expect, it } from 'vitest';
import { formatProblem } from './dossier-error.ts';
import { summarizeProblems } from './summarize-problems.ts';
import type { DossierProblem } from './types.ts';

const warning = (i: number, code = 'date-mismatch'): DossierProblem => ({
  file: `content/articles/${String(i).padStart(4, '0')}.meta.yaml`,
  severity: 'warning',
  code,
  message: `Warning ${i}.`,
  fix: 'Fix it.',
});
const error = (i: number): DossierProblem => ({ ...warning(i, 'no-title'), severity: 'error' });

describe('summarizeProblems', () => {
  it('shows up to the limit in full', () => {
    const problems = Array.from({ length: 20 }, (_, i) => warning(i));
    expect(summarizeProblems(problems)).toEqual(problems.map(formatProblem));
    expect(summarizeProblems([])).toEqual([]);
  });

  it('counts the rest per kind, most frequent first, and points to dossier check', () => {
    const problems = [
      ...Array.from({ length: 3 }, (_, i) => warning(i)),
      warning(3, 'no-date'),
      ...Array.from({ length: 3437 }, (_, i) => warning(100 + i)),
      warning(9000, 'stray-file'),
      warning(9001, 'no-date'),
    ];
    const lines = summarizeProblems(problems, 4);
    expect(lines.slice(0, 4)).toEqual(problems.slice(0, 4).map(formatProblem));
    expect(lines.slice(4)).toEqual([
      '…and 3,437 more `date-mismatch` warnings, e.g. content/articles/0100.meta.yaml',
      '…and 1 more `no-date` warning, e.g. content/articles/9001.meta.yaml',
      '…and 1 more `stray-file` warning, e.g. content/articles/9000.meta.yaml',
      'run `npx dossier check` to list all',
    ]);
  });

  it('lists every error in full, whatever the limit', () => {
    const problems = [...Array.from({ length: 30 }, (_, i) => warning(i)), ...Array.from({ length: 25 }, (_, i) => error(i))];
    const lines = summarizeProblems(problems, 2);
    expect(lines.filter((l) => l.startsWith('error'))).toEqual(problems.slice(30).map(formatProblem));
    expect(lines.filter((l) => l.startsWith('warning'))).toHaveLength(2);
    expect(lines).toContain('…and 28 more `date-mismatch` warnings, e.g. content/articles/0002.meta.yaml');
  });
});
