/**
 * The dossier's content collections: the articles (cleaned, rendered, with
 * what was removed) and the dossier configuration. Both come from `content/`
 * through Dossier's own loaders; the schemas here are the contract between
 * the loaders and the pages.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { articlesLoader } from './loaders/articles-loader.ts';
import { dossierLoader } from './loaders/dossier-loader.ts';
import { entitiesLoader } from './loaders/entities-loader.ts';
import { ENTITY_TYPES } from './lib/entities/entity.ts';
import { claimLinksShape, relatedArticleSchema } from './lib/links/link-schemas.ts';

const provenance = z.enum(['curated', 'text']);

/** A metadata value and where it comes from (the curator's sidecar or the text). */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: provenance, evidence: z.string().optional() });
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const articles = defineCollection({
  loader: articlesLoader(),
  schema: z.object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: sourced(z.string().min(1)),
    outlet: sourced(z.string().min(1)),
    published: sourced(isoDate).optional(),
    url: z.url().optional(),
    /** Language of the article text (BCP 47). */
    language: z.string(),
    /** The first paragraph of the cleaned text. */
    lead: z.string(),
    /** Raw file and sidecar, relative to the project root. */
    file: z.string(),
    metaFile: z.string(),
    encoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252']),
    removedCount: z.number().int().nonnegative(),
    /** Spans of the raw text (the entry's `body`) the cleaner removed, in order. */
    removals: z.array(z.object({ ...span, text: z.string(), rule: z.string(), reason: z.string() })),
    /** Every sentence of the reading text, with its permanent id and older ids that now lead to it. */
    claims: z.array(
      z.object({
        id: z.string(),
        block: z.number().int().nonnegative(),
        ...span,
        text: z.string(),
        aliases: z.array(z.string()),
        /** Its resolved dates, and which other articles report the same fact. */
        ...claimLinksShape,
      }),
    ),
    /** Related articles, best first, each with its reasons. */
    related: z.array(relatedArticleSchema),
    /** Ids of the entities the reading text names, in order of first mention. */
    entities: z.array(z.string()),
    /** Ids of the entities each claim names, by claim id (claims naming none are left out). */
    claimEntities: z.record(z.string(), z.array(z.string())),
    /** Key of the rendered reading text in the article HTML cache (see `src/loaders/article-html-cache.ts`). */
    htmlKey: z.string(),
    /** The cleaned reading text, as rendered into the article HTML. */
    blocks: z.array(z.object({ ...span, kind: z.enum(['paragraph', 'heading']), text: z.string() })),
  }),
});

const dossier = defineCollection({
  loader: dossierLoader(),
  schema: z.object({
    title: z.string().min(1),
    description: z.string().min(1),
    intro: z.string(),
    language: z.string().min(2),
    baseUrl: z.url(),
  }),
});

/** The entity registry, `content/entities.yaml`: one entry per entity, its id the entry's id. */
const entities = defineCollection({
  loader: entitiesLoader(),
  schema: z.object({
    name: z.string().min(1),
    type: z.enum(ENTITY_TYPES),
    description: z.string().min(1),
    aliases: z.array(z.string()),
    contextual: z.array(z.string()),
  }),
});

export const collections = { articles, dossier, entities };
