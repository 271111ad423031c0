/**
 * What a saved web page states about itself: headline, outlet, dates,
 * authors, address and language, read from its JSON-LD, Open Graph and
 * `article:` tags, `<meta>` names, `<link rel=canonical>`, `<html lang>` and
 * `<time>` elements. Only the page's own statements: nothing is guessed from
 * the visible text here.
 */
import { parseHTML } from './parse-html.ts';
import type { OriginField } from '../content/schemas.ts';
import { names, readJsonLd, text, type LdNode } from './json-ld.ts';
import { pageAuthors } from './page-authors.ts';
import { pageDate, READERS_TIME_ZONE } from './page-dates.ts';
import { headlineWithin, hostNames, siteNameInTitle, stripSiteName } from './page-title.ts';

/** The page's statements, each value ready for a sidecar field. */
export interface PageMetadata {
  /** The headline, without the site name `<title>` and `og:title` often add. */
  title?: string;
  outlet?: string;
  /** `YYYY-MM-DD`, the date as the page writes it (never shifted to UTC). */
  published?: string;
  modified?: string;
  author?: string[];
  /** The article's canonical address (absolute http(s)). */
  url?: string;
  /** Primary language subtag, e.g. `de`. */
  language?: string;
  /** Where each value was read, e.g. `JSON-LD datePublished`, `og:site_name`. */
  evidence: Partial<Record<OriginField, string>>;
  /**
   * Every headline the page's JSON-LD, Open Graph and Twitter tags state, strongest first, each without the site's
   * name and then as written: where they disagree, the title is the one the page shows (see find-title.ts).
   */
  statedTitles?: string[];
  /** The page calls itself an article (`og:type` article, an `*Article` JSON-LD node, `article:published_time`). */
  isArticle: boolean;
}

export interface PageMetadataOptions {
  /** The address the page was fetched from: resolves relative canonical links, and is the url of last resort. */
  url?: string;
}

type Candidate = readonly [evidence: string, value: string | undefined];

/** Reads a page's metadata; `page` is its HTML or an already parsed document. */
export function readPageMetadata(page: string | Document, options: PageMetadataOptions = {}): PageMetadata {
  const document = typeof page === 'string' ? (parseHTML(page).document as unknown as Document) : page;
  const metas = metaContents(document);
  const meta = (key: string): string | undefined => metas.get(key);
  const ld = readJsonLd([...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? ''));
  const article: LdNode = ld.article ?? {};
  const webPage: LdNode = ld.webPage ?? {};
  const decode = entityDecoder(document);
  const ldText = (node: LdNode, key: string): string | undefined => decode(text(node[key]));
  const itemprop = (name: string): string | undefined => {
    const element = document.querySelector(`[itemprop="${name}"]`);
    return element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? undefined;
  };

  const found: PageMetadata = { evidence: {}, isArticle: false };
  const take = <F extends OriginField>(field: F, candidates: readonly Candidate[], read: (value: string) => string | undefined): void => {
    for (const [evidence, raw] of candidates) {
      const value = raw === undefined ? undefined : read(raw);
      if (value === undefined) continue;
      (found as unknown as Record<string, unknown>)[field] = value;
      found.evidence[field] = evidence;
      return;
    }
  };

  const baseUrl = absoluteUrl(options.url) ?? absoluteUrl(document.querySelector('base[href]')?.getAttribute('href') ?? undefined);
  take('url', [
    ['<link rel=canonical>', document.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? undefined],
    ['og:url', meta('og:url')],
    ['JSON-LD mainEntityOfPage', ldId(article['mainEntityOfPage'])],
    ['JSON-LD url', ldText(article, 'url')],
    ['the address it was fetched from', options.url],
  ], (value) => absoluteUrl(value, baseUrl));

  take('outlet', [
    ['og:site_name', meta('og:site_name')],
    // The brand the site signs its titles with (`… - taz.de`) before the publisher's company name (`TAZ Verlags- und Vertriebs GmbH`).
    ['<title>, the part naming the host', siteNameInTitle(collapse(document.querySelector('title')?.textContent ?? ''), hostNames(found.url ?? baseUrl))],
    ['JSON-LD publisher', names(article['publisher'], ld.organisations)[0]],
    ['JSON-LD WebSite name', ld.siteName],
    ['<meta name=application-name>', meta('application-name')],
    ['<meta name=publisher>', meta('publisher')],
    ['<meta name=dc.publisher>', meta('dc.publisher')],
    ['microdata publisher', microdataName(document, 'publisher')],
    // A page that names itself nowhere still has an address: its host is a name the curator can confirm or replace.
    ['the host of its address', hostNames(found.url ?? baseUrl)[0]],
  ], (value) => outletName(decode(value)));

  const siteNames = [found.outlet, names(article['publisher'], ld.organisations)[0], ld.siteName, meta('og:site_name'), meta('application-name'), ...hostNames(found.url ?? baseUrl)].filter(
    (n): n is string => n !== undefined,
  );
  const statements: Candidate[] = [
    ['JSON-LD headline', ldText(article, 'headline')],
    ['og:title', meta('og:title')],
    ['twitter:title', meta('twitter:title')],
    ['JSON-LD WebPage headline', ldText(webPage, 'headline')],
  ];
  const headline = (value: string): string | undefined => nonEmpty(stripSiteName(collapse(value), siteNames));
  take('title', [
    ...statements,
    ['<title>', document.querySelector('title')?.textContent ?? undefined],
    ['<h1>', document.querySelector('h1')?.textContent ?? undefined],
  ], headline);
  const stated = statements.flatMap(([, raw]) => (raw === undefined ? [] : [raw]));
  const statedTitles = [...new Set([...stated.map(headline), ...stated.map(collapse)])].filter((t): t is string => t !== undefined && t !== '');
  if (statedTitles.length > 0) found.statedTitles = statedTitles;
  const h1 = collapse(document.querySelector('h1')?.textContent ?? '');
  const visible = found.title === undefined ? undefined : headlineWithin(found.title, h1);
  if (visible !== undefined && visible !== found.title) {
    found.title = visible;
    found.evidence.title = `<h1>, which ${found.evidence.title} repeats with more added`;
  }

  take('language', [
    ['<html lang>', document.documentElement?.getAttribute('lang') ?? undefined],
    ['JSON-LD inLanguage', ldText(article, 'inLanguage')],
    ['<meta http-equiv=content-language>', meta('content-language')],
    ['og:locale', meta('og:locale')],
  ], primaryLanguage);

  const zone = READERS_TIME_ZONE[found.language ?? ''];
  const date = (stamp: string): string | undefined => pageDate(stamp, zone);
  take('published', [
    ['JSON-LD datePublished', ldText(article, 'datePublished')],
    ['article:published_time', meta('article:published_time')],
    ['itemprop=datePublished', itemprop('datePublished')],
    ...DATE_METAS.map((name): Candidate => [`<meta name=${name}>`, meta(name)]),
    ['JSON-LD WebPage datePublished', ldText(webPage, 'datePublished')],
    ['<time pubdate>', document.querySelector('time[pubdate][datetime]')?.getAttribute('datetime') ?? undefined],
    ['the first <time> in <article>', document.querySelector('article time[datetime]')?.getAttribute('datetime') ?? undefined],
  ], date);

  take('modified', [
    ['JSON-LD dateModified', ldText(article, 'dateModified')],
    ['article:modified_time', meta('article:modified_time')],
    ['og:updated_time', meta('og:updated_time')],
    ['itemprop=dateModified', itemprop('dateModified')],
    ...MODIFIED_METAS.map((name): Candidate => [`<meta name=${name}>`, meta(name)]),
    ['JSON-LD WebPage dateModified', ldText(webPage, 'dateModified')],
  ], date);
  // A page that was never updated often repeats its publication date as the modification date: that says nothing new.
  if (found.modified !== undefined && found.modified === found.published) {
    delete found.modified;
    delete found.evidence.modified;
  }

  const authors = pageAuthors(names(article['author'], ld.organisations), metas, decode, found.outlet);
  if (authors.names.length > 0) {
    found.author = authors.names;
    found.evidence.author = authors.evidence;
  }

  found.isArticle = meta('og:type')?.toLowerCase() === 'article' || ld.article !== undefined || meta('article:published_time') !== undefined;
  return found;
}

/** `<meta name>`s for the publication date, in the order they are trusted: the specific before the vague. */
const DATE_METAS = [
  'og:published_time',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'article.published',
];

const MODIFIED_METAS = ['dc.date.modified', 'dcterms.modified', 'last-modified', 'article.updated'];

/** Every `<meta>`'s content by its lowercased `property`, `name`, `itemprop` or `http-equiv`; the first one of a key wins. */
function metaContents(document: Document): Map<string, string> {
  const contents = new Map<string, string>();
  for (const element of document.querySelectorAll('meta[content]')) {
    const content = collapse(element.getAttribute('content') ?? '');
    if (content === '') continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !contents.has(key)) contents.set(key, content);
    }
  }
  return contents;
}

/** `<div itemprop="publisher" itemscope><meta itemprop="name" content="…">`: schema.org written as microdata. */
function microdataName(document: Document, property: string): string | undefined {
  const name = document.querySelector(`[itemprop~="${property}"] [itemprop~="name"]`);
  return name?.getAttribute('content') ?? name?.textContent ?? undefined;
}

/** The site's name as a person says it: a bare address (`https://www.x.de/`) becomes its host. */
function outletName(value: string | undefined): string | undefined {
  // An unfilled template (`{$plugin.tx_news.opengraph.site_name}`) names nothing.
  if (!value || /[{}$]/.test(value)) return undefined;
  const url = absoluteUrl(value);
  const name = url ? new URL(url).hostname.replace(/^www\./, '') : value;
  // A tagline is not a name: an outlet's name is a few words.
  return name.length <= 60 ? name : undefined;
}

/** `de-DE`, `de_DE`, `DE` → `de`. */
function primaryLanguage(value: string): string | undefined {
  const primary = value.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

/** `mainEntityOfPage` is a URL or a node whose `@id` is one. */
function ldId(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const id = (value as LdNode)['@id'] ?? (value as LdNode)['url'];
    return typeof id === 'string' ? id : undefined;
  }
  return undefined;
}

/** `value` resolved against `base`, if it is then an absolute http(s) address. */
function absoluteUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function collapse(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function nonEmpty(value: string): string | undefined {
  return value === '' ? undefined : value;
}

/**
 * JSON-LD is script text, so the parser leaves its character references
 * (`&quot;`, `&#8222;`) alone, and some sites put markup in a headline: the
 * document's own parser turns either into plain text.
 */
function entityDecoder(document: Document): (value: string | undefined) => string | undefined {
  return (value) => {
    if (value === undefined || !/[&<]/.test(value)) return value;
    const element = document.createElement('div');
    element.innerHTML = value;
    return nonEmpty(collapse(element.textContent ?? ''));
  };
}
