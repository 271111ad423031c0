/**
 * The cross-article half of the pipeline: claim ids against the ledger, the
 * entities each claim names, then dates, corroboration and related articles.
 * Pure: the ledger comes in and the reconciled one goes out; nothing is
 * read or written here.
 */
import type { Ledger } from '../claims/claim-ledger.ts';
import { articleKey } from '../claims/draft-claims.ts';
import { publishClaims, type PublishedDossierClaims } from '../claims/publish-claims.ts';
import type { ArticleEntities } from '../entities/article-entities.ts';
import type { Entity } from '../entities/entity.ts';
import { crossLink, type CrossLinks } from '../links/cross-link.ts';
import type { ArticleBasics } from './article-state.ts';
import { linkingInput } from './claim-links.ts';
import { entityLinking, type EntityLinking } from './entity-linking.ts';

/** The phases of linking, named as they start. */
export type LinkPhase = 'claims' | 'entities' | 'cross-linking';

/** What linking needs besides the articles. */
export interface LinkOptions {
  entities: readonly Entity[];
  /** The claim ledger as the file holds it. */
  ledger: Ledger;
  /** The build's date (YYYY-MM-DD), for the ledger. */
  date: string;
  /** The site's base path, for the entity links in the reading text. */
  base: string;
  /** The dossier's language: an article without its own is read in it. */
  language: string;
  onPhase?: ((phase: LinkPhase) => void) | undefined;
  /** Told of the published claims as soon as they are known (a build makes the claim pages' folders meanwhile). */
  onClaims?: ((published: PublishedDossierClaims) => void) | undefined;
}

/** Everything decided across articles. */
export interface LinkedDossier {
  published: PublishedDossierClaims;
  /** The entities each article's claims name, in the order of the states. */
  named: ArticleEntities[];
  /** The events each article is about (by its title or the curator's `articles:` links). */
  about: string[][];
  links: CrossLinks;
  /** The registry compiled once: how the reading text links its mentions. */
  entityLinks: EntityLinking;
}

/** Publishes every article's claims against `ledger` as of `date` (no entities, no cross-links: what `dossier check` needs). */
export function publishDossierClaims(states: ReadonlyArray<Pick<ArticleBasics, 'input' | 'drafts'>>, ledger: Ledger, date: string): PublishedDossierClaims {
  return publishClaims(states.map((s) => ({ article: articleKey(s.input.file), drafts: s.drafts })), ledger, date);
}

/** Links the articles of `states`, whose final addresses are `slugs`. */
export function linkDossier(states: readonly ArticleBasics[], slugs: readonly string[], options: LinkOptions): LinkedDossier {
  options.onPhase?.('claims');
  const published = publishDossierClaims(states, options.ledger, options.date);
  options.onClaims?.(published);
  const claimsOf = (state: ArticleBasics) => published.claims.get(articleKey(state.input.file)) ?? [];
  options.onPhase?.('entities');
  const entityLinks = entityLinking(options.entities, options.base);
  const named = states.map((state) => entityLinks.annotate(state.blocks, claimsOf(state)));
  const about = states.map((state) => entityLinks.about(state.title, articleKey(state.input.file)));
  options.onPhase?.('cross-linking');
  const links = crossLink(
    states.map((state, i) => linkingInput(slugs[i] as string, state.fields, claimsOf(state), state.claimDates)),
    entityLinks.evidence(named),
    options.language,
  );
  return { published, named, about, links, entityLinks };
}
