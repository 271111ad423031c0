import { articleKey } from '../claims/draft-claims.ts';
import { cleanArticle } from '../clean/clean-article.ts';
import type { OutletLines } from '../clean/outlet-repeats.ts';
import type { BoilerplateRule } from '../clean/types.ts';
import { cleanHtmlPage } from '../html/clean-html.ts';
import { slugify } from '../text/slugify.ts';
import { resolveMeta } from './resolve-meta.ts';
import type { ArticleInput, ArticleRecord, DossierProblem } from './types.ts';

/** What cleaning one article needs from the rest of the dossier. */
export interface PrepareContext {
  rules: BoilerplateRule[];
  /** Line counts over the articles of this article's outlet, itself included (see `outletLinesFor`). */
  outletLines: OutletLines;
}

/** One article ready to publish, and what the curator should look at. */
export interface PreparedArticle {
  /** Its `slug` is the wished-for one; `loadDossier` makes slugs unique across the dossier. */
  record: ArticleRecord;
  problems: DossierProblem[];
}

/**
 * Cleans one article and resolves its metadata. An article whose cleaning
 * leaves no paragraph is reported as an `all-boilerplate` error: publishing
 * it would show an empty page.
 */
export function prepareArticle(input: ArticleInput, ctx: PrepareContext): PreparedArticle {
  const { file, metaFile, meta } = input;
  const options = { rules: ctx.rules, overrides: meta.cleaning, outlet: meta.outlet, language: meta.language, outletLines: ctx.outletLines };
  // A saved page is cleaned from its markup; its source is the visible text the extraction derives, which the offsets point into.
  const { source, cleaned } = input.format === 'html' && input.html !== undefined ? cleanHtmlPage(input.html, options) : { source: input.source, cleaned: cleanArticle(input.source, options) };
  const { problems, ...resolved } = resolveMeta({ file, metaFile, meta, source, cleaned });

  if (!cleaned.blocks.some((block) => block.kind === 'paragraph')) {
    const rules = [...new Set(cleaned.removed.map((r) => r.rule))].join(', ');
    problems.push({
      file,
      severity: 'error',
      code: 'all-boilerplate',
      message: `Cleaning left no paragraph of reading text (${cleaned.removed.length} spans removed${rules ? ` by ${rules}` : ''}).`,
      fix: `If this is not an article, delete it and ${metaFile}; if real text was removed, list those lines under \`cleaning: keep:\` in ${metaFile} (\`npx dossier clean --json ${file}\` shows what was removed and why).`,
    });
  }

  const slug = meta.slug ?? (slugify(resolved.title.value) || slugify(articleKey(file)));
  return {
    record: { slug, file, metaFile, encoding: input.encoding, format: input.format, source, meta, ...resolved, cleaned },
    problems,
  };
}
