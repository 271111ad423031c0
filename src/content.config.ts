/**
 * The dossier's content collections: the articles (what lists show; the
 * rest of each is in the article cache, see src/loaders/article-details.ts),
 * the entity registry, the curator's analyses and the dossier configuration. All come from `content/`
 * through Dossier's own loaders; the schemas here are the contract between
 * the loaders and the pages.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { analysesLoader } from './loaders/analyses-loader.ts';
import { articlesLoader } from './loaders/articles-loader.ts';
import { dossierLoader } from './loaders/dossier-loader.ts';
import { entitiesLoader } from './loaders/entities-loader.ts';
import { ENTITY_TYPES } from './lib/entities/entity.ts';

const provenance = z.enum(['curated', 'page', 'text']);

/** A metadata value and where it comes from (the curator's sidecar or the text). */
function sourced<T extends z.ZodType>(value: T) {
  return z.object({ value, source: provenance, evidence: z.string().optional() });
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

const articles = defineCollection({
  loader: articlesLoader(),
  schema: z.object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    title: sourced(z.string().min(1)),
    outlet: sourced(z.string().min(1)),
    published: sourced(isoDate).optional(),
    url: z.url().optional(),
    /** Authors, as the sidecar names them. */
    author: z.array(z.string().min(1)).optional(),
    /** Language of the article text (BCP 47). */
    language: z.string(),
    /** The first paragraph of the cleaned text. */
    lead: z.string(),
    /** Raw file and sidecar, relative to the project root. */
    file: z.string(),
    metaFile: z.string(),
    /** A text encoding, or the WHATWG name of a saved page's (`windows-1252`, `iso-8859-2`, …). */
    encoding: z.string().min(1),
    removedCount: z.number().int().nonnegative(),
    /** Not yet reviewed (`status: draft`): only `astro dev` has drafts, and marks them. */
    draft: z.boolean(),
    /** Ids of the entities the reading text names, in order of first mention. */
    entities: z.array(z.string()),
    /** Ids of the events the article is about by its title or the curator's `articles:` links (see aboutEvents). */
    about: z.array(z.string()),
    /** Key of the rendered reading text in the article cache (see `src/loaders/article-cache.ts`). */
    htmlKey: z.string(),
    /** Key of the article's details (raw text, blocks, removals, claims, related articles) in the same cache (see `src/loaders/article-details.ts`). */
    detailsKey: z.string(),
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
    listPageSize: z.number().int().positive().optional(),
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
    articles: z.array(z.string()),
  }),
});

/** The curator's analyses, `content/analyses/*.md` (see src/lib/analyses/): frontmatter and Markdown; citations are checked when pages render. */
const analyses = defineCollection({
  loader: analysesLoader(),
  schema: z.object({
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    file: z.string(),
    title: z.string().min(1),
    date: isoDate,
    author: z.string().min(1),
    summary: z.string().min(1),
    body: z.string(),
    /** The file's line on which `body` begins, for problems that name a line. */
    bodyLine: z.number().int().positive(),
  }),
});

export const collections = { articles, dossier, entities, analyses };
