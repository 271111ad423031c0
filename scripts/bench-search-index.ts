/**
 * The search index of a synthetic dossier, built the way the site builds
 * it: the raw articles written as a project's content/, read and cleaned by
 * the content pipeline, split into claims with their permanent ids, entity
 * mentions found by the registry's matcher, then the index build.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assignClaimIds } from '../src/lib/claims/claim-ids.ts';
import { articleKey, draftClaims } from '../src/lib/claims/draft-claims.ts';
import { loadDossier } from '../src/lib/content/load-dossier.ts';
import { articleEntities } from '../src/lib/entities/article-entities.ts';
import { compileEntityMatcher } from '../src/lib/entities/entity-matcher.ts';
import { newestFirst } from '../src/lib/render/article-order.ts';
import { buildSearchIndex, indexableArticle, type IndexableArticle } from '../src/lib/search/build-index.ts';
import { serializeIndex } from '../src/lib/search/serialize-index.ts';
import { syntheticDossier, writeSyntheticContent } from './synthetic-dossier.ts';

/** A synthetic dossier's index files and its claims (for the reference and the answers). */
export interface BenchIndex {
  files: Map<string, string>;
  claims: { id: string; text: string }[];
  articles: number;
  vocabulary: number;
}

/** Builds the index of a synthetic dossier of `count` articles. */
export async function benchIndex(count: number): Promise<BenchIndex> {
  const root = await mkdtemp(join(tmpdir(), 'dossier-bench-search-'));
  try {
    await writeSyntheticContent(root, syntheticDossier(count));
    const { articles, entities, problems } = await loadDossier(root);
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) throw new Error(`The synthetic dossier has problems: ${errors.map((p) => p.message).join('; ')}`);
    const ordered = newestFirst(articles);
    const drafts = ordered.map((a) => draftClaims(a.cleaned.blocks, a.language));
    const ids = assignClaimIds(ordered.flatMap((a, i) => drafts[i]!.map((d) => ({ article: articleKey(a.file), text: d.text }))));
    const matcher = compileEntityMatcher(entities);
    let n = 0;
    const indexable: IndexableArticle[] = ordered.map((a, i) => {
      const claims = drafts[i]!.map((d) => ({ ...d, id: ids[n++]! }));
      return indexableArticle(a, claims, articleEntities(matcher, a.cleaned.blocks, claims).claimEntities, a.cleaned.blocks);
    });
    const index = buildSearchIndex({ articles: indexable, entities: entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases })) });
    return {
      files: serializeIndex(index),
      claims: indexable.flatMap((a) => a.claims.map(({ id, text }) => ({ id, text }))),
      articles: indexable.length,
      vocabulary: index.core.vocabulary.split('\n').length,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
