/**
 * The dossier's content collections: the articles (what lists show; the
 * rest of each is in the article cache, see src/loaders/article-details.ts),
 * the entity registry, the curator's analyses and the dossier configuration. All come from `content/`
 * through Dossier's own loaders; the schemas, from src/lib/, are the contract
 * between the loaders and the pages.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { analysesLoader } from './loaders/analyses-loader.ts';
import { articlesLoader } from './loaders/articles-loader.ts';
import { dossierLoader } from './loaders/dossier-loader.ts';
import { entitiesLoader } from './loaders/entities-loader.ts';
import { ENTITY_TYPES } from './lib/entities/entity.ts';
import { dossierConfigSchema } from './lib/content/schemas.ts';
import { articleEntrySchema } from './lib/content/article-entry.ts';
import { analysisEntrySchema } from './lib/analyses/analysis-frontmatter.ts';

const articles = defineCollection({
  loader: articlesLoader(),
  schema: articleEntrySchema,
});

/** `content/dossier.yaml`, validated by the schema `dossier check` uses. */
const dossier = defineCollection({
  loader: dossierLoader(),
  schema: dossierConfigSchema,
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
  schema: analysisEntrySchema,
});

export const collections = { articles, dossier, entities, analyses };
