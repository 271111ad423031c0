import { describe, expect, it } from 'vitest';
import { dossierJson, dossierJsonLayout, exportedArticle, type DossierJsonLayout, type ExportArticle } from './dossier-json.ts';

const article = (slug: string, published: string | undefined, claimIds: string[]): ExportArticle => ({
  slug,
  title: { value: slug.toUpperCase() },
  outlet: { value: `Outlet ${slug}` },
  ...(published && { published: { value: published, source: 'curated' } }),
  language: 'de',
  lead: 'Lead.',
  claims: claimIds.map((id, i) => ({
    id,
    block: i,
    text: `Satz ${id}.`,
    aliases: [],
    dates: [{ text: 'am 12. Februar', start: 0, end: 14, date: { start: '2025-02-12', end: '2025-02-12' }, precision: 'day', inferred: true }],
    corroboration: { outlets: 1, reports: [] },
  })),
  related: [],
});

describe('dossierJson', () => {
  const json = dossierJson({
    dossier: { title: 'T', description: 'D', language: 'de' },
    siteUrl: 'https://example.org/dossier/',
    base: '/dossier/',
    articles: [article('alt', '2021-01-01', ['c1']), article('neu', '2025-03-12', ['c2', 'c3'])],
    entities: [{ id: 'genf', name: 'Genf', type: 'place', description: 'Stadt.', aliases: ['Geneva'] }],
  });

  it('lists articles newest first with absolute URLs', () => {
    expect(json.url).toBe('https://example.org/dossier/');
    expect(json.articles.map((a) => [a.slug, a.url])).toEqual([
      ['neu', 'https://example.org/dossier/articles/neu/'],
      ['alt', 'https://example.org/dossier/articles/alt/'],
    ]);
  });

  it('carries every claim with its permalink, its place in the article, its dates and sources', () => {
    const claims = json.articles.flatMap((a) => a.claims);
    expect(claims.map((c) => c.id)).toEqual(['c2', 'c3', 'c1']);
    expect(claims[0]).toMatchObject({
      url: 'https://example.org/dossier/c/c2/',
      inArticle: 'https://example.org/dossier/articles/neu/#c2',
      dates: [{ text: 'am 12. Februar', start: '2025-02-12', end: '2025-02-12', precision: 'day', qualifier: null, yearInferred: true }],
      outlets: 1,
      alsoReportedBy: [],
      entities: [],
    });
  });

  it('includes the entity registry with entity page URLs, and survives a JSON round trip', () => {
    expect(json.entities[0]).toMatchObject({ id: 'genf', url: 'https://example.org/dossier/entities/genf/' });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('gives the reasons of a related article in one order, whatever order cross-linking built them in', () => {
    const reasons = { similarity: 0.27, daysApart: 0, words: ['genf'], facts: 2, dates: [], entities: ['Genf'] };
    const linked = { ...article('alt', '2021-01-01', []), related: [{ slug: 'neu', score: 0.8, reasons }] };
    const [exported] = dossierJson({ dossier: { title: 'T', description: 'D', language: 'de' }, siteUrl: 'https://example.org/', base: '/', articles: [linked], entities: [] }).articles;
    expect(Object.keys(exported!.related[0]!.reasons)).toEqual(['entities', 'dates', 'facts', 'words', 'similarity', 'daysApart']);
    expect(exported!.related[0]!.reasons).toEqual(reasons);
  });

  it('laid out as text around its articles, is the document stringified', () => {
    const input = {
      dossier: { title: 'T "quoted"', description: 'D', language: 'de' },
      siteUrl: 'https://example.org/dossier/',
      base: '/dossier/',
      articles: [article('alt', '2021-01-01', ['c1']), article('neu', '2025-03-12', ['c2', 'c3']), article('ohne', undefined, [])],
      entities: [{ id: 'genf', name: 'Genf', type: 'place', description: 'Stadt.', aliases: ['Geneva'] }],
      analyses: [{ slug: 'kontakte-svr-cia', url: 'https://example.org/dossier/analysen/kontakte-svr-cia/', title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist', date: '2026-12-03', author: 'Redaktion des Dossiers', summary: 'Zwei Kontakte …', markdown: 'Kremlsprecher Dmitri Peskow wollte das weder bestätigen noch dementieren [[csbwmdq3dm4]].', citations: [] }],
    };
    const text = (layout: DossierJsonLayout) =>
      layout.before + layout.articles.map((a) => JSON.stringify(exportedArticle(a, input))).join(',') + layout.after;
    expect(text(dossierJsonLayout(input))).toBe(JSON.stringify(dossierJson(input)));
    expect(JSON.parse(text(dossierJsonLayout(input))).analyses[0].slug).toBe('kontakte-svr-cia');
    const empty = { ...input, articles: [], entities: undefined, analyses: undefined };
    expect(text(dossierJsonLayout(empty))).toBe(JSON.stringify(dossierJson(empty)));
  });
});
