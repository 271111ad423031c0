/**
 * The search index of the seed articles, built as the site builds it, and
 * an engine that reads its files from memory: for tests of the index and
 * the queries without a browser.
 */
import { join } from 'node:path';
import { draftClaims } from '../lib/claims/draft-claims.ts';
import { loadDossier } from '../lib/content/load-dossier.ts';
import { newestFirst } from '../lib/render/article-order.ts';
import { buildSearchIndex, type BuiltSearchIndex, type IndexableArticle } from '../lib/search/build-index.ts';
import type { SearchEntity } from '../lib/search/index-format.ts';
import { termsOf, tokenize } from '../lib/search/normalize.ts';
import { SearchEngine } from '../lib/search/search-engine.ts';
import { serializeIndex } from '../lib/search/serialize-index.ts';

const projectRoot = join(import.meta.dirname, '..', '..');

/**
 * A few entities of the registry with the spellings the tests need: the
 * tests must not depend on how the curator's registry evolves.
 */
export const TEST_ENTITIES: SearchEntity[] = [
  { id: 'sergey-naryshkin', name: 'Sergej Naryschkin', type: 'person', aliases: ['Naryschkin', 'Naryshkin', 'Sergey Naryshkin', 'Нарышкин'] },
  { id: 'maria-zakharova', name: 'Maria Sacharowa', type: 'person', aliases: ['Sacharowa', 'Zakharova', 'Захарова'] },
  { id: 'jeddah', name: 'Dschidda', type: 'place', aliases: ['Jeddah', 'Jidda', 'Джидда'] },
  { id: 'john-ratcliffe', name: 'John Ratcliffe', type: 'person', aliases: ['Ratcliffe'] },
  { id: 'ankara', name: 'Ankara', type: 'place', aliases: ['Анкара'] },
  { id: 'dmitry-peskov', name: 'Dmitri Peskow', type: 'person', aliases: ['Peskow', 'Peskov', 'Dmitry Peskov', 'Песков'] },
];

/** The entities a text names: an entity's spelling, as index terms, standing together in the text's terms. */
export function namedEntities(text: string, entities: readonly SearchEntity[]): string[] {
  const terms = termsOf(tokenize(text)).join(' ');
  return entities
    .filter((e) => [e.name, ...e.aliases].some((alias) => ` ${terms} `.includes(` ${termsOf(tokenize(alias)).join(' ')} `)))
    .map((e) => e.id);
}

/** The seed articles as the index takes them, newest first; claim ids are `<slug>:<n>`. */
export async function seedArticles(entities: readonly SearchEntity[] = TEST_ENTITIES): Promise<IndexableArticle[]> {
  const { articles } = await loadDossier(projectRoot);
  return newestFirst(articles).map((a) => ({
    slug: a.slug,
    title: a.title.value,
    outlet: a.outlet.value,
    published: a.published?.value,
    claims: draftClaims(a.cleaned.blocks, a.language).map((c, n) => ({ id: `${a.slug}:${n}`, text: c.text, entities: namedEntities(c.text, entities) })),
  }));
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
  const index = buildSearchIndex({ articles, entities: TEST_ENTITIES });
  return { ...(await engineFor(index)), articles, index };
}
