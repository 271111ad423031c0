/**
 * The whole dossier as one JSON document (`/dossier.json`): its articles
 * with their metadata, every claim with its id, text, dates, entities and
 * corroboration, related articles, the entity registry when there is
 * one, and the curator's analyses (see analysis-export.ts). Every page is referenced by absolute URL, so the file stands alone.
 */
import type { DateExpression } from '../dates/date-expressions.ts';
import type { Corroboration } from '../links/corroboration.ts';
import type { RelatedArticle, RelatedReasons } from '../links/related-articles.ts';
import { newestFirst } from '../render/article-order.ts';
import type { ExportedAnalysis } from './analysis-export.ts';
import { articlePath, claimInArticlePath, claimPath, entityPath } from '../render/site-paths.ts';

/** Version of the document's shape: raised when a field changes meaning or disappears. */
export const DOSSIER_JSON_FORMAT = 1;

/** An article as the articles collection stores it (the fields exported). */
export interface ExportArticle {
  slug: string;
  title: { value: string };
  outlet: { value: string };
  published?: { value: string; source: string } | undefined;
  url?: string | undefined;
  language: string;
  lead: string;
  claims: ReadonlyArray<{
    id: string;
    block: number;
    text: string;
    aliases: readonly string[];
    dates: readonly DateExpression[];
    corroboration: Corroboration;
  }>;
  related: readonly RelatedArticle[];
  /** Entity ids per claim, when the registry provides them. */
  claimEntities?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** An entity of the registry. */
export interface ExportEntity {
  id: string;
  name: string;
  type: string;
  description: string;
  aliases: readonly string[];
}

export interface DossierJsonInput {
  dossier: { title: string; description: string; language: string };
  /** The site's address (`baseUrl`), and its base path. */
  siteUrl: string;
  base: string;
  articles: readonly ExportArticle[];
  entities?: readonly ExportEntity[] | undefined;
  /** The analyses, already exported (newest first). */
  analyses?: readonly ExportedAnalysis[] | undefined;
}

/** Where the document's URLs point: the site's address and its base path. */
export interface ExportSite {
  siteUrl: string;
  base: string;
}

/** The document, ready for `JSON.stringify`. */
export function dossierJson({ dossier, siteUrl, base, articles, entities, analyses }: DossierJsonInput) {
  return {
    ...documentHead({ dossier, siteUrl, base }),
    articles: newestFirst(articles).map((article) => exportedArticle(article, { siteUrl, base })),
    entities: exportedEntities(entities, { siteUrl, base }),
    analyses: analyses ?? [],
  };
}

/** The document's JSON text as its parts: `before`, then the articles' JSON joined by commas, then `after`. */
export interface DossierJsonLayout {
  before: string;
  /** In the document's order (newest first). */
  articles: ExportArticle[];
  after: string;
}

/**
 * The document's text around its articles: joined with each article's
 * `JSON.stringify(exportedArticle(…))`, exactly `JSON.stringify(dossierJson(input))`.
 * A large dossier's build keeps the articles' parts and makes only those of
 * the articles that changed.
 */
export function dossierJsonLayout(input: DossierJsonInput): DossierJsonLayout {
  const head = JSON.stringify(documentHead(input));
  return {
    before: `${head.slice(0, -1)},"articles":[`,
    articles: newestFirst(input.articles),
    after: `],"entities":${JSON.stringify(exportedEntities(input.entities, input))},"analyses":${JSON.stringify(input.analyses ?? [])}}`,
  };
}

function documentHead({ dossier, siteUrl, base }: Omit<DossierJsonInput, 'articles' | 'entities' | 'analyses'>) {
  return {
    format: DOSSIER_JSON_FORMAT,
    title: dossier.title,
    description: dossier.description,
    language: dossier.language,
    url: new URL(base, siteUrl).href,
  };
}

function exportedEntities(entities: readonly ExportEntity[] | undefined, { siteUrl, base }: ExportSite) {
  return (entities ?? []).map((e) => ({ ...e, url: new URL(entityPath(base, e.id), siteUrl).href }));
}

/** One article of the document, with every page referenced by absolute URL. */
export function exportedArticle(article: ExportArticle, { siteUrl, base }: ExportSite) {
  const url = (path: string) => new URL(path, siteUrl).href;
  return {
    slug: article.slug,
    url: url(articlePath(base, article.slug)),
    title: article.title.value,
    outlet: article.outlet.value,
    published: article.published?.value ?? null,
    /** `curated` (the curator's sidecar) or `text` (read from the article). */
    publishedFrom: article.published?.source ?? null,
    sourceUrl: article.url ?? null,
    language: article.language,
    lead: article.lead,
    related: article.related.map((r) => ({ slug: r.slug, url: url(articlePath(base, r.slug)), score: r.score, reasons: exportedReasons(r.reasons) })),
    claims: article.claims.map((claim) => ({
      id: claim.id,
      url: url(claimPath(base, claim.id)),
      inArticle: url(claimInArticlePath(base, article.slug, claim.id)),
      paragraph: claim.block,
      text: claim.text,
      formerIds: claim.aliases,
      entities: article.claimEntities?.[claim.id] ?? [],
      dates: claim.dates.map(({ text, date, precision, qualifier, inferred }) => ({
        text,
        start: date.start,
        end: date.end,
        precision,
        qualifier: qualifier ?? null,
        yearInferred: inferred === true,
      })),
      outlets: claim.corroboration.outlets,
      alsoReportedBy: claim.corroboration.reports.map((r) => ({
        claim: r.claim,
        url: url(claimInArticlePath(base, r.slug, r.claim)),
        article: r.slug,
        outlet: r.outlet,
      })),
    })),
  };
}

/** The reasons in a fixed order, the evidence a reader checks first: the export is read by people too. */
function exportedReasons({ entities, dates, facts, words, similarity, daysApart }: RelatedReasons): RelatedReasons {
  return { entities, dates, facts, words, similarity, ...(daysApart !== undefined && { daysApart }) };
}
