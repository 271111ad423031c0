import { uniqueSlugs } from '../text/slugify.ts';
import { DossierError } from './dossier-error.ts';
import { prepareArticle } from './prepare-article.ts';
import { readDossier, siblingsFor } from './read-dossier.ts';
import type { DossierProblem, LoadedDossier } from './types.ts';

/**
 * Reads, validates and cleans the whole dossier under `<root>/content/`.
 * Content problems are returned, not thrown; pass them to `assertNoErrors`
 * to stop a build.
 *
 * @throws DossierError when `content/dossier.yaml` is missing or invalid:
 *   nothing can be built without it. Its `problems` hold everything found.
 */
export async function loadDossier(root: string): Promise<LoadedDossier> {
  const { config, rules, inputs, problems } = await readDossier(root);
  if (!config) throw new DossierError(problems);

  const prepared = inputs.map((input) => prepareArticle(input, { rules, siblings: siblingsFor(inputs, input) }));
  const articles = prepared.map((p) => p.record);
  problems.push(...prepared.flatMap((p) => p.problems), ...pinnedSlugClashes(articles));

  const slugs = uniqueSlugs(articles.map((a) => ({ file: a.file, slug: a.slug, pinned: a.meta.slug !== undefined })));
  articles.forEach((article, i) => {
    article.slug = slugs[i] ?? article.slug;
  });

  if (articles.length === 0 && !problems.some((p) => p.severity === 'error')) {
    problems.push({
      file: 'content/articles',
      severity: 'error',
      code: 'no-articles',
      message: 'The dossier has no articles.',
      fix: 'Add articles with `npx dossier add <file.txt>`.',
    });
  }
  return { config, rules, articles, problems };
}

/** Two sidecars pinning the same `slug:` would give two articles one address. */
function pinnedSlugClashes(articles: readonly { slug: string; metaFile: string; meta: { slug?: string } }[]): DossierProblem[] {
  const owner = new Map<string, string>();
  const problems: DossierProblem[] = [];
  for (const article of articles) {
    if (article.meta.slug === undefined) continue;
    const first = owner.get(article.meta.slug);
    if (first === undefined) owner.set(article.meta.slug, article.metaFile);
    else {
      problems.push({
        file: article.metaFile,
        severity: 'error',
        code: 'duplicate-slug',
        message: `\`slug: ${article.meta.slug}\` is already pinned by ${first}.`,
        fix: `Choose another slug in ${article.metaFile}, or remove the line to derive it from the title.`,
      });
    }
  }
  return problems;
}
