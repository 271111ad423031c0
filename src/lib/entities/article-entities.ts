/**
 * Which entities an article and each of its claims mention: stored with the
 * article so pages can cross-link without matching text again.
 */
import type { Block } from '../clean/types.ts';
import type { EntityMatcher } from './entity-matcher.ts';
import { findMentions } from './find-mentions.ts';

/** The entities of one article. */
export interface ArticleEntities {
  /** Every entity the reading text (subheadings included) mentions, in order of first mention. */
  entities: string[];
  /** Entity ids per claim id, in order of first mention; claims that mention none are left out. */
  claimEntities: Record<string, string[]>;
}

/** A claim as far as mentions are concerned: its id, its block and its text. */
export interface ClaimText {
  id: string;
  block: number;
  text: string;
}

/**
 * Finds the mentions in an article's subheadings and claims. Claims are
 * matched one by one, as the article page renders them (each sentence its
 * own span), so the stored ids and the page's links agree.
 */
export function articleEntities(matcher: EntityMatcher, blocks: readonly Block[], claims: readonly ClaimText[]): ArticleEntities {
  const units = [
    ...blocks.flatMap((block, index) => (block.kind === 'heading' ? [{ claim: undefined, block: index, text: block.text }] : [])),
    ...claims.map((c): { claim: string | undefined; block: number; text: string } => ({ claim: c.id, block: c.block, text: c.text })),
  ].sort((a, b) => a.block - b.block);
  const mentions = findMentions(matcher, units.map((unit) => unit.text));
  const entities = new Set<string>();
  const claimEntities: Record<string, string[]> = {};
  units.forEach((unit, i) => {
    const ids = [...new Set(mentions[i]!.map((m) => m.entity))];
    for (const id of ids) entities.add(id);
    if (unit.claim !== undefined && ids.length > 0) claimEntities[unit.claim] = ids;
  });
  return { entities: [...entities], claimEntities };
}

/**
 * The events an article is about though its sentences may not name them:
 * those its title names (`Telefonat zwischen Putin und Biden für Donnerstag
 * geplant`), then those the curator linked to it (`articles:` in the
 * registry). Titles are headlines, not claims, so they are matched here.
 *
 * @param events ids of the registry's events
 * @param linked ids of the events that list this article
 */
export function aboutEvents(matcher: EntityMatcher, events: ReadonlySet<string>, title: string, linked: readonly string[]): string[] {
  const [mentions] = findMentions(matcher, [title]);
  return [...new Set([...mentions!.map((m) => m.entity).filter((id) => events.has(id)), ...linked])];
}
