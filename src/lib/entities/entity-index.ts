/**
 * What the entity pages show, computed from the articles' stored mentions:
 * for each entity the claims that name it, grouped by article, and the
 * entities most often named in the same sentence. An event is also listed
 * with the articles about it (by their title or the curator's link) that
 * name it in no sentence: with their lead, the sentences that say what
 * happened. Every sentence shown is a claim, so cleaned text, never a line
 * the cleaner removed.
 */
import { newestFirst, type Orderable } from '../render/article-order.ts';

/** What the index needs of an article (its collection entry's data fits). */
export interface IndexableArticle extends Orderable {
  /** The claims in reading order, each with its block (paragraph). */
  claims: ReadonlyArray<{ id: string; block: number }>;
  /** Entity ids per claim id, as stored by the articles loader. */
  claimEntities: Readonly<Record<string, readonly string[]>>;
  /** Ids of the events the article is about, as stored by the articles loader. */
  about: readonly string[];
}

type ClaimOf<A extends IndexableArticle> = A['claims'][number];

/** One entity's mentions. */
export interface EntityMentions<A extends IndexableArticle> {
  /** Number of claims listed: those that name the entity, and the leads of articles about it. */
  claimCount: number;
  /** The articles that name it, newest first, each with its claims that do, in reading order. */
  articles: Array<{ article: A; claims: ClaimOf<A>[] }>;
  /** The entities named in the same claims, most often first (ties by id), with the number of claims. */
  related: Array<{ id: string; count: number }>;
}

/** How many related entities an entity page lists. */
export const RELATED_LIMIT = 10;

/**
 * Indexes the mentions of every entity in `ids` (entities no claim names get
 * an empty entry). Linear in the number of mentions, so the pages of a large
 * dossier are built from one pass over its articles.
 */
export function indexEntityMentions<A extends IndexableArticle>(
  ids: readonly string[],
  articles: readonly A[],
): Map<string, EntityMentions<A>> {
  const index = new Map<string, EntityMentions<A>>(ids.map((id) => [id, { claimCount: 0, articles: [], related: [] }]));
  const pairs = coMentionCounts(articles);
  for (const article of newestFirst(articles)) {
    const claimsByEntity = new Map<string, ClaimOf<A>[]>();
    for (const claim of article.claims) {
      for (const id of article.claimEntities[claim.id] ?? []) {
        if (!index.has(id)) continue;
        const list = claimsByEntity.get(id) ?? [];
        if (list.length === 0) claimsByEntity.set(id, list);
        list.push(claim);
      }
    }
    for (const id of article.about) {
      if (index.has(id) && !claimsByEntity.has(id)) claimsByEntity.set(id, leadOf(article));
    }
    for (const [id, claims] of claimsByEntity) {
      const entry = index.get(id)!;
      entry.articles.push({ article, claims });
      entry.claimCount += claims.length;
    }
  }
  for (const [id, entry] of index) {
    entry.related = [...(pairs.get(id) ?? [])]
      .filter(([other]) => index.has(other))
      .map(([other, count]) => ({ id: other, count }))
      .sort((a, b) => b.count - a.count || compareIds(a.id, b.id))
      .slice(0, RELATED_LIMIT);
  }
  return index;
}

/** For each pair of entities, the number of claims that name both (symmetric). */
export function coMentionCounts(articles: readonly IndexableArticle[]): Map<string, Map<string, number>> {
  const counts = new Map<string, Map<string, number>>();
  const add = (a: string, b: string) => {
    const row = counts.get(a) ?? new Map<string, number>();
    if (row.size === 0) counts.set(a, row);
    row.set(b, (row.get(b) ?? 0) + 1);
  };
  for (const article of articles) {
    for (const ids of Object.values(article.claimEntities)) {
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i++) {
        for (let j = i + 1; j < unique.length; j++) {
          add(unique[i]!, unique[j]!);
          add(unique[j]!, unique[i]!);
        }
      }
    }
  }
  return counts;
}

/** The claims of the article's first paragraph that has any. */
function leadOf<A extends IndexableArticle>(article: A): ClaimOf<A>[] {
  const first = article.claims[0]?.block;
  return article.claims.filter((claim) => claim.block === first);
}

/** Code-point order, independent of the machine's locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
