/**
 * `/dossier.json` as a build writes it. At 5,000 articles the document is
 * 46 MB; each article's part of it is kept for the next build under the
 * article's stamp (see src/build/page-stamps.ts), so a warm build makes again only the
 * parts of the articles that changed, and joins the rest as bytes.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir } from 'astro:config/server';
import { getEntities } from './entity-entries.ts';
import { DOSSIER_JSON_FORMAT, dossierJsonLayout, exportedArticle, type ExportArticle } from '../lib/export/dossier-json.ts';
import { exportedAnalysis } from '../lib/export/analysis-export.ts';
import { getAnalysisCitations } from './analysis-citations.ts';
import { getArticleEntries } from './article-entries.ts';
import { getDossier } from './dossier-entry.ts';
import { openFragmentFile } from './fragment-file.ts';
import { stampOf } from '../build/page-stamps.ts';

/** Where the articles' parts are kept, in Astro's cache directory. */
const PARTS_FILE = 'dossier-json-articles.txt';

/** The document: its bytes (with a final line break), and a stamp of what they are made from. */
export interface DossierJsonDocument {
  bytes: Buffer<ArrayBuffer>;
  /** Equal stamps, equal bytes: the keys of the articles' parts, in order, and the text around them. */
  stamp: string;
}

/** The document, its URLs made from `siteUrl` and `base`. */
export async function dossierJsonDocument(siteUrl: string, base: string): Promise<DossierJsonDocument> {
  const dossier = await getDossier();
  const entries = await getArticleEntries();
  const entities = (await getEntities()).map(({ id, data }) => ({ id, ...data }));
  const stamps = new Map<ExportArticle, string>(entries.map((entry) => [entry.data, entry.stamp]));
  const parts = openFragmentFile(join(fileURLToPath(cacheDir), PARTS_FILE));
  const site = { siteUrl, base };
  // Few and short: exported whole on every build; they are part of `after`, and so of the stamp.
  const analyses = (await getAnalysisCitations()).analyses.map((analysis) => exportedAnalysis(analysis, site, dossier.language));
  const layout = dossierJsonLayout({ dossier, ...site, articles: entries.map((entry) => entry.data), entities, analyses });
  const keys = layout.articles.map((article) => stampOf(stamps.get(article)!, siteUrl, base, String(DOSSIER_JSON_FORMAT)));
  const comma = Buffer.from(',');
  const pieces = layout.articles.flatMap((article, i) => {
    const part = parts.get(keys[i]!, () => JSON.stringify(exportedArticle(article, site)));
    return i === 0 ? [part] : [comma, part];
  });
  parts.save();
  return {
    bytes: Buffer.concat([Buffer.from(layout.before), ...pieces, Buffer.from(`${layout.after}\n`)]),
    stamp: stampOf(layout.before, layout.after, ...keys),
  };
}
