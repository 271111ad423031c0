/**
 * Loads `content/analyses/*.md` into the `analyses` collection: one entry per
 * analysis, its frontmatter checked. Its citations need the claim ledger of
 * this build, which the articles loader settles in the same sync, so they are
 * checked when pages ask for them (analysis-citations.ts).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readAnalyses } from '../lib/analyses/read-analyses.ts';
import { DossierError } from '../lib/content/dossier-error.ts';
import { watchContent } from './watch-content.ts';

/** The loader of the `analyses` collection. Fails the build when a file's frontmatter is invalid; no folder, no analyses. */
export function analysesLoader(): Loader {
  return {
    name: 'dossier-analyses',
    load: async (context) => {
      const { config, store, parseData, generateDigest } = context;
      const root = fileURLToPath(config.root);

      async function sync() {
        const { analyses, problems } = await readAnalyses(root);
        if (problems.some((p) => p.severity === 'error')) throw new DossierError(problems);
        store.clear();
        for (const { slug, file, frontmatter, body, bodyLine } of analyses) {
          const data = await parseData({ id: slug, data: { slug, file, ...frontmatter, body, bodyLine } });
          store.set({ id: slug, data, digest: generateDigest(data), filePath: file });
        }
      }

      await sync();
      watchContent(context, join(root, 'content'), sync, (path) => /^analyses\/[^/]+\.md$/.test(path));
    },
  };
}
