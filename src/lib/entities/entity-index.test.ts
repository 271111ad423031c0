import { describe, expect, it } from 'vitest';
import { coMentionNetwork, connectionList, groupByType } from './entity-directory.ts';
import { coMentionCounts, indexEntityMentions, RELATED_LIMIT } from './entity-index.ts';

const article = (slug: string, published: string | undefined, claims: Record<string, string[]>, about: string[] = []) => ({
  slug,
  ...(published && { published: { value: published } }),
  // Two sentences per paragraph: a1 and a2 are the lead.
  claims: Object.keys(claims).map((id, i) => ({ id, block: Math.floor(i / 2), text: `Satz ${id}.` })),
  claimEntities: Object.fromEntries(Object.entries(claims).filter(([, ids]) => ids.length > 0)),
  about,
});

const articles = [
  article('alt', '2021-12-29', { a1: ['putin', 'biden'], a2: [], a3: ['putin', 'kremlin'] }),
  article('neu', '2025-03-12', { n1: ['naryshkin', 'putin'], n2: ['putin', 'biden'] }),
  article('ohne-datum', undefined, { u1: ['putin'] }),
];

describe('indexEntityMentions', () => {
  it('lists an article about an event with its lead when no sentence names the event, and only the naming sentences when one does', () => {
    const about = [
      article('titel', '2021-12-29', { t1: ['putin'], t2: [], t3: ['biden'] }, ['call-2021']),
      article('satz', '2021-12-30', { s1: ['putin'], s2: ['call-2021'], s3: [] }, ['call-2021']),
    ];
    const call = indexEntityMentions(['call-2021', 'putin'], about).get('call-2021')!;
    expect(call.articles.map(({ article: a, claims }) => [a.slug, claims.map((c) => c.id)])).toEqual([
      ['satz', ['s2']],
      ['titel', ['t1', 't2']],
    ]);
    expect(call.claimCount).toBe(3);
    // Every sentence listed is one of the article's claims: cleaned text, never a line the cleaner removed.
    for (const { article: a, claims } of call.articles) for (const claim of claims) expect(a.claims).toContain(claim);
    // The lead makes the event no co-mention: only a sentence naming both does.
    expect(indexEntityMentions(['call-2021', 'putin'], about).get('putin')!.related).toEqual([]);
  });

  const index = indexEntityMentions(['putin', 'biden', 'kremlin', 'naryshkin', 'nobody'], articles);

  it('lists every claim naming an entity, grouped by article, newest first, undated last', () => {
    const putin = index.get('putin')!;
    expect(putin.claimCount).toBe(5);
    expect(putin.articles.map(({ article: a, claims }) => [a.slug, claims.map((c) => c.id)])).toEqual([
      ['neu', ['n1', 'n2']],
      ['alt', ['a1', 'a3']],
      ['ohne-datum', ['u1']],
    ]);
  });

  it('ranks the entities named in the same claims, most often first', () => {
    expect(index.get('putin')!.related).toEqual([
      { id: 'biden', count: 2 },
      { id: 'kremlin', count: 1 },
      { id: 'naryshkin', count: 1 },
    ]);
  });

  it('gives entities no claim names an empty entry, and ignores ids not in the registry', () => {
    expect(index.get('nobody')).toEqual({ claimCount: 0, articles: [], related: [] });
    expect(indexEntityMentions(['biden'], articles).get('biden')!.related).toEqual([]);
  });

  it('keeps the ten most related', () => {
    const ids = Array.from({ length: 15 }, (_, i) => `e${String(i).padStart(2, '0')}`);
    const crowded = indexEntityMentions(['hub', ...ids], [article('x', '2024-01-01', Object.fromEntries(ids.map((id) => [`c-${id}`, ['hub', id]])))]);
    expect(crowded.get('hub')!.related).toHaveLength(RELATED_LIMIT);
  });
});

describe('the register page', () => {
  const entries = [
    { id: 'putin', name: 'Wladimir Putin', type: 'person' as const, claimCount: 5 },
    { id: 'biden', name: 'Joe Biden', type: 'person' as const, claimCount: 2 },
    { id: 'naryshkin', name: 'Sergej Naryschkin', type: 'person' as const, claimCount: 1 },
    { id: 'kremlin', name: 'Kreml', type: 'organisation' as const, claimCount: 1 },
    { id: 'call', name: 'Telefonat', type: 'event' as const, claimCount: 0 },
  ];

  it('groups entities by type, most often named first, then by name', () => {
    expect(groupByType(entries).map((g) => [g.type, g.entries.map((e) => e.id)])).toEqual([
      ['person', ['putin', 'biden', 'naryshkin']],
      ['organisation', ['kremlin']],
      ['event', ['call']],
    ]);
  });

  it('draws the entities claims name, with an edge per pair named together', () => {
    const layout = coMentionNetwork(entries, coMentionCounts(articles));
    expect(layout.nodes.map((n) => n.id)).toEqual(['biden', 'kremlin', 'naryshkin', 'putin']);
    expect(layout.edges.map((e) => `${e.source}-${e.target}:${e.weight}`)).toEqual(['biden-putin:2', 'kremlin-putin:1', 'naryshkin-putin:1']);
  });

  it('lists the same connections as text, by name', () => {
    const list = connectionList(entries, coMentionCounts(articles));
    expect(list.map(({ entry, partners }) => `${entry.name}: ${partners.map((p) => `${p.entry.name} (${p.count})`).join(', ')}`)).toEqual([
      'Joe Biden: Wladimir Putin (2)',
      'Kreml: Wladimir Putin (1)',
      'Sergej Naryschkin: Wladimir Putin (1)',
      'Wladimir Putin: Joe Biden (2), Kreml (1), Sergej Naryschkin (1)',
    ]);
  });
});
