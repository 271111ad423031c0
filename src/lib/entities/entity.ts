/**
 * The entity registry: the people, organisations, places and events the
 * dossier links, as the curator defines them in `content/entities.yaml`.
 */

/** The curator's registry file, relative to the project root. */
export const ENTITIES_FILE = 'content/entities.yaml';

/** The kinds of entity, in the order pages list them. */
export const ENTITY_TYPES = ['person', 'organisation', 'place', 'event'] as const;

export type EntityType = (typeof ENTITY_TYPES)[number];

/** One entity of the registry, validated. */
export interface Entity {
  /** Kebab-case ASCII, unique; the page address `/entities/<id>/`. */
  id: string;
  /** The canonical name the dossier shows; also matched in the text. */
  name: string;
  type: EntityType;
  /** One neutral, factual sentence. */
  description: string;
  /** Further spellings that always stand for this entity: transliterations, German and English forms. */
  aliases: string[];
  /**
   * Titles that stand for the entity only in context (`Kreml-Sprecher` for
   * Peskow): matched only in articles that also name it directly.
   */
  contextual: string[];
  /**
   * Articles about the entity that do not name it, by file name without its
   * extension (`004_bd2a967ae327f507`): only an event lists them, as a report
   * of a call need not call it by the registry's name. The registry's reader
   * always fills it (empty when absent).
   */
  articles?: string[];
}
