/**
 * Read side of the search index: the dossier's articles, claims and entity
 * registry as the collections hold them, turned into the index files once
 * per content state (the endpoints that write the files share one build).
 */
import { getEntities } from './entity-entries.ts';
import { getArticles } from './article-entries.ts';
import { buildSearchIndex, indexableArticle, type IndexableDossier } from '../lib/search/build-index.ts';
import { digestOf } from '../lib/search/digest.ts';
import { serializeIndex } from '../lib/search/serialize-index.ts';
import { newestFirst } from '../lib/render/article-order.ts';
import { analysisPath } from '../lib/render/site-paths.ts';
import { uiStrings } from '../i18n/index.ts';
import { getAnalyses } from './analysis-entries.ts';
import { getDossier } from './dossier-entry.ts';

/** The index of this build: its content does not change while it renders, so its endpoints share one. */
let ofBuild: Promise<Map<string, string>> | undefined;
/** In `astro dev`, the index of the content last asked about, by a digest of that content. */
let ofDev: { key: string; files: Map<string, string> } | undefined;

/** Every file of the search index (address relative to the site's base → JSON). */
export async function searchIndexFiles(): Promise<Map<string, string>> {
  if (!import.meta.env.DEV) return (ofBuild ??= indexableDossier().then(indexFiles));
  const dossier = await indexableDossier();
  // Cheap to compute against the index itself, and exact: in `astro dev` the index follows every content change.
  const key = digestOf(JSON.stringify(dossier));
  if (ofDev?.key !== key) ofDev = { key, files: indexFiles(dossier) };
  return ofDev.files;
}

const indexFiles = (dossier: IndexableDossier) => serializeIndex(buildSearchIndex(dossier));

/** The articles newest first, each claim with the entities it names, the registry and the analyses. */
async function indexableDossier(): Promise<IndexableDossier> {
  const articles = newestFirst(await getArticles());
  const entities = await getEntities();
  const segment = uiStrings((await getDossier()).language).analysesPathSegment;
  return {
    articles: articles.map((a) => indexableArticle(a, a.claims, a.claimEntities, a.blocks)),
    entities: entities.map((e) => ({ id: e.id, name: e.data.name, type: e.data.type, aliases: e.data.aliases })),
    analyses: (await getAnalyses()).map((a) => ({ slug: a.slug, path: analysisPath('', segment, a.slug).slice(1), title: a.title, summary: a.summary, date: a.date, text: a.body })),
  };
}
