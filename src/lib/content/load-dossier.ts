import { assignSlugs } from './assign-slugs.ts';
import { DossierError } from './dossier-error.ts';
import { prepareArticle } from './prepare-article.ts';
import { outletLinesFor, readDossier } from './read-dossier.ts';
import type { LoadedDossier } from './types.ts';

/**
 * Reads, validates and cleans the whole dossier under `<root>/content/`.
 * Content problems are returned, not thrown; pass them to `assertNoErrors`
 * to stop a build.
 *
 * @throws DossierError when `content/dossier.yaml` is missing or invalid:
 *   nothing can be built without it. Its `problems` hold everything found.
 */
export async function loadDossier(root: string): Promise<LoadedDossier> {
  const { config, rules, entities, inputs, problems } = await readDossier(root);
  if (!config) throw new DossierError(problems);

  const outletLines = outletLinesFor(inputs);
  const prepared = inputs.map((input) => prepareArticle(input, { rules, outletLines: outletLines(input) }));
  const articles = prepared.map((p) => p.record);
  const { slugs, problems: slugProblems } = assignSlugs(
    articles.map((a) => ({ file: a.file, metaFile: a.metaFile, slug: a.slug, pinned: a.meta.slug !== undefined })),
  );
  articles.forEach((article, i) => {
    article.slug = slugs[i] as string;
  });
  problems.push(...prepared.flatMap((p) => p.problems), ...slugProblems);
  return { config, rules, entities, articles, problems };
}
