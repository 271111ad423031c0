import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import type { CleanedArticle } from '../clean/types.ts';
import { resolveMeta } from './resolve-meta.ts';
import type { ArticleMeta } from './types.ts';

const cleaned: CleanedArticle = { title: 'Naryshkin führte ein Telefongespräch', titleSpan: { start: 0, end: 36 }, blocks: [], removed: [] };

async function seed(prefix: string) {
  const name = (await seedNames()).find((n) => n.startsWith(prefix))!;
  const file = `content/articles/${name}`;
  return { file, metaFile: file.replace(/\.txt$/, '.meta.yaml'), source: await readFile(join(SEED_ROOT, file), 'utf8') };
}

function meta(fields: Partial<ArticleMeta>): ArticleMeta {
  return { outlet: 'Unbekanntes Nachrichtenportal', language: 'de', cleaning: { keep: [], drop: [] }, status: 'published', origin: {}, checked: [], ...fields };
}

describe('resolveMeta', () => {
  it('takes the date from the text, with evidence, when the curator gave none (001)', async () => {
    const resolved = resolveMeta({ ...(await seed('001')), meta: meta({}), cleaned });
    expect(resolved).toEqual({
      title: { value: cleaned.title, source: 'text' },
      outlet: { value: 'Unbekanntes Nachrichtenportal', source: 'curated' },
      published: { value: '2025-03-12', source: 'text', evidence: 'am 12. März 2025' },
      language: 'de',
      problems: [],
    });
  });

  it('prefers curated title, date and url', async () => {
    const resolved = resolveMeta({
      ...(await seed('003')),
      meta: meta({ outlet: 'RT DE', title: 'Gespräche in Ankara', published: '2022-11-14', url: 'https://de.rt.com/x' }),
      cleaned,
    });
    expect(resolved).toMatchObject({
      title: { value: 'Gespräche in Ankara', source: 'curated' },
      published: { value: '2022-11-14', source: 'curated' },
      url: 'https://de.rt.com/x',
      problems: [],
    });
  });

  it('warns when the curated date differs from the date the text states', async () => {
    const s = await seed('004');
    const { published, problems } = resolveMeta({ ...s, meta: meta({ outlet: 'SNA', published: '2021-12-30' }), cleaned });
    expect(published).toEqual({ value: '2021-12-30', source: 'curated' });
    expect(problems).toEqual([
      expect.objectContaining({ file: s.metaFile, severity: 'warning', code: 'date-mismatch', message: expect.stringContaining('"29.12.2021" (2021-12-29)') }),
    ]);
    expect(problems[0]?.fix).toContain(s.metaFile);
    expect(problems[0]?.fix).toContain('checked: [published]');
  });

  it('stays quiet about a date the curator has checked (004 with `checked: [published]`)', async () => {
    const s = await seed('004');
    const { published, problems } = resolveMeta({ ...s, meta: meta({ outlet: 'SNA', published: '2021-12-30', checked: ['published'] }), cleaned });
    expect(published).toEqual({ value: '2021-12-30', source: 'curated' });
    expect(problems).toEqual([]);
  });

  it('says a value came from the text when `origin:` says so', async () => {
    const resolved = resolveMeta({
      ...(await seed('004')),
      meta: meta({ outlet: 'SNA', published: '2021-12-29', origin: { outlet: 'text', published: 'text' } }),
      cleaned,
    });
    expect(resolved).toMatchObject({ outlet: { value: 'SNA', source: 'text' }, published: { value: '2021-12-29', source: 'text' }, problems: [] });
  });

  it('warns when there is no date at all (000 without `published:`)', async () => {
    const s = await seed('000');
    const { published, problems } = resolveMeta({ ...s, meta: meta({ outlet: 'SeaPRwire' }), cleaned });
    expect(published).toBeUndefined();
    expect(problems).toEqual([
      { file: s.metaFile, severity: 'warning', code: 'no-date', message: expect.stringContaining(s.file), fix: `Add \`published: YYYY-MM-DD\` to ${s.metaFile}.` },
    ]);
  });

  it('reports a missing title as an error', async () => {
    const { problems } = resolveMeta({ ...(await seed('001')), meta: meta({}), cleaned: { ...cleaned, title: '' } });
    expect(problems.map((p) => p.code)).toEqual(['no-title']);
  });
});

describe('resolveMeta: values dossier add read from a saved page', () => {
  it('gives each value the provenance its `origin:` records, and the curator’s own values stay curated', async () => {
    const s = await seed('004');
    const resolved = resolveMeta({
      ...s,
      meta: meta({ outlet: 'SNA', title: 'Ein Titel', published: '2021-12-30', origin: { outlet: 'page', published: 'page' } }),
      cleaned,
    });
    expect(resolved.outlet).toEqual({ value: 'SNA', source: 'page' });
    expect(resolved.published).toEqual({ value: '2021-12-30', source: 'page' });
    expect(resolved.title).toEqual({ value: 'Ein Titel', source: 'curated' });
  });

  it('does not set the text’s latest date against a date the page states in its markup', async () => {
    const s = await seed('004'); // the text's latest date is 29.12.2021
    const fromPage = resolveMeta({ ...s, meta: meta({ outlet: 'SNA', published: '2021-12-30', origin: { published: 'page' } }), cleaned });
    expect(fromPage.problems).toEqual([]);
    const fromText = resolveMeta({ ...s, meta: meta({ outlet: 'SNA', published: '2021-12-30', origin: { published: 'text' } }), cleaned });
    expect(fromText.problems.map((p) => p.code)).toEqual(['date-mismatch']);
  });
});
