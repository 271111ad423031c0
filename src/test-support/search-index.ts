/**
 * The search index of the seed articles, built as the site builds it (the
 * same pipeline, with a registry of its own), and an engine that reads its
 * files from memory: for tests of the index and the queries without a browser.
 */
import { join } from 'node:path';
import { emptyLedger } from '../lib/claims/claim-ledger.ts';
import { articleKey } from '../lib/claims/draft-claims.ts';
import { loadDossier } from '../lib/content/load-dossier.ts';
import type { Entity } from '../lib/entities/entity.ts';
import { linkDossier } from '../lib/pipeline/link-dossier.ts';
import { newestFirst } from '../lib/render/article-order.ts';
import { buildSearchIndex, indexableArticle, type BuiltSearchIndex, type IndexableArticle } from '../lib/search/build-index.ts';
import type { SearchEntity } from '../lib/search/index-format.ts';
import { SearchEngine } from '../lib/search/search-engine.ts';
import { serializeIndex } from '../lib/search/serialize-index.ts';

/** The seed dossier's fixture copy: the index tests must not depend on the live content/. */
const projectRoot = join(import.meta.dirname, '..', '..', 'test-fixtures', 'seed-dossier');

/**
 * A few entities of the registry with the spellings the tests need: the
 * tests must not depend on how the curator's registry evolves.
 */
const person = { type: 'person' as const, description: '', contextual: [] };
const place = { type: 'place' as const, description: '', contextual: [] };
export const TEST_ENTITIES: Entity[] = [
  { id: 'sergey-naryshkin', name: 'Sergej Naryschkin', ...person, aliases: ['Naryschkin', 'Naryshkin', 'Sergey Naryshkin', 'Нарышкин'] },
  { id: 'maria-zakharova', name: 'Maria Sacharowa', ...person, aliases: ['Sacharowa', 'Zakharova', 'Захарова'] },
  { id: 'jeddah', name: 'Dschidda', ...place, aliases: ['Jeddah', 'Jidda', 'Джидда'] },
  { id: 'john-ratcliffe', name: 'John Ratcliffe', ...person, aliases: ['Ratcliffe'] },
  { id: 'ankara', name: 'Ankara', ...place, aliases: ['Анкара'] },
  { id: 'dmitry-peskov', name: 'Dmitri Peskow', ...person, aliases: ['Peskow', 'Peskov', 'Dmitry Peskov', 'Песков'] },
];

/** The registry's entities as the search index takes them. */
export const searchEntities = (entities: readonly Entity[]): SearchEntity[] => entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases }));

/**
 * The seed articles as the index takes them, newest first, with their claims
 * and the entities each names as the pipeline links them (claim ids issued
 * afresh, as for a new dossier).
 */
export async function seedArticles(entities: readonly Entity[] = TEST_ENTITIES): Promise<IndexableArticle[]> {
  const { articles, states, config } = await loadDossier(projectRoot);
  const slugs = articles.map((a) => a.slug);
  const linked = linkDossier(states, slugs, { entities, ledger: emptyLedger(), date: '2026-01-01', base: '/', language: config.language });
  const named = new Map(articles.map((a, i) => [a, linked.named[i]!]));
  return newestFirst(articles).map((a) => {
    const claims = linked.published.claims.get(articleKey(a.file)) ?? [];
    return indexableArticle(a, claims, named.get(a)!.claimEntities, a.cleaned.blocks);
  });
}

/** An engine over an index held in memory, counting the files it fetches. */
export async function engineFor(index: BuiltSearchIndex): Promise<{ engine: SearchEngine; fetched: string[] }> {
  const files = serializeIndex(index);
  const fetched: string[] = [];
  const engine = await SearchEngine.open(async (path) => {
    fetched.push(path);
    const text = files.get(path);
    if (text === undefined) throw new Error(`No index file ${path}`);
    return JSON.parse(text);
  });
  return { engine, fetched };
}

/** The seed dossier's index and an engine over it. */
export async function seedEngine(): Promise<{ engine: SearchEngine; fetched: string[]; articles: IndexableArticle[]; index: BuiltSearchIndex }> {
  const articles = await seedArticles();
  const index = buildSearchIndex({ articles, entities: searchEntities(TEST_ENTITIES) });
  return { ...(await engineFor(index)), articles, index };
}
