/**
 * Cross-linking of 300 synthetic articles, pinned by a digest of everything
 * it returns: dates, corroboration and related articles with their scores,
 * reasons and order. Speed work on the linking must not change a single
 * link; a deliberate change of the linking (or of the synthetic dossier)
 * updates the digests and says why.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syntheticDossier } from '../../../scripts/synthetic-dossier.ts';
import { draftClaims } from '../claims/draft-claims.ts';
import type { Block } from '../clean/types.ts';
import { articleEntities } from '../entities/article-entities.ts';
import { compileEntityMatcher } from '../entities/entity-matcher.ts';
import { crossLink, type CrossLinkArticle } from './cross-link.ts';

const { articles: synthetic, registry } = syntheticDossier(300, 7);
const matcher = compileEntityMatcher(registry);
const entitiesByClaim = new Map<string, string[]>();
const articles: CrossLinkArticle[] = synthetic.map((a, i) => {
  const blocks: Block[] = a.paragraphs.map((text) => ({ kind: 'paragraph', text, start: 0, end: text.length }));
  const claims = draftClaims(blocks).map((c, k) => ({ id: `${i}.${k}`, text: c.text, block: c.block }));
  for (const [id, entities] of Object.entries(articleEntities(matcher, blocks, claims).claimEntities)) entitiesByClaim.set(id, entities);
  return { slug: `a${i}`, outlet: a.outlet, title: a.title, published: a.published, claims };
});
const links = crossLink(articles, { ofClaim: (id) => entitiesByClaim.get(id) ?? [], names: new Map(registry.map((e) => [e.id, e.name])) });

const digest = (value: unknown) =>
  createHash('sha256')
    .update(JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v)))
    .digest('hex')
    .slice(0, 16);

describe('crossLink on 300 synthetic articles', () => {
  it('finds corroboration and related articles', () => {
    expect([...links.claims.values()].filter((c) => c.corroboration.reports.length > 0).length).toBeGreaterThan(100);
    expect([...links.related.values()].filter((r) => r.length > 0).length).toBeGreaterThan(100);
  });

  it('links exactly as before', () => {
    expect(digest(links.claims)).toBe('f22d55037bd9a8c7');
    expect(digest(links.related)).toBe('841154c990f72292');
  });
});
