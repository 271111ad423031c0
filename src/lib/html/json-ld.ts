/**
 * The schema.org statements a page makes in its
 * `<script type="application/ld+json">` blocks, flattened to the nodes that
 * describe the article, the site and the organisation behind them.
 */

/** One JSON-LD object, as parsed. */
export type LdNode = Record<string, unknown>;

/** Types whose node describes the article itself, most specific first. */
const ARTICLE_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting',
  'Article',
  'BlogPosting',
  'TechArticle',
  'ScholarlyArticle',
  'Report',
  'SocialMediaPosting',
];

/** What the page's JSON-LD says, by role. */
export interface LdStatements {
  /** The node that describes the article (an `*Article`, `BlogPosting`…), if any. */
  article?: LdNode;
  /** A `WebPage` node: some sites put headline and dates there instead. */
  webPage?: LdNode;
  /** The site's own name (`WebSite.name`). */
  siteName?: string;
  /** `Organization`/`NewsMediaOrganization` names, for an article that names its publisher only by `@id`. */
  organisations: Map<string, string>;
}

/** Parses every JSON-LD block; a block that is not valid JSON is skipped (pages often ship broken ones). */
export function readJsonLd(blocks: readonly string[]): LdStatements {
  const nodes: LdNode[] = [];
  for (const block of blocks) {
    const parsed = parseLoosely(block);
    if (parsed !== undefined) collect(parsed, nodes);
  }
  const statements: LdStatements = { organisations: new Map() };
  const articles = nodes.filter((n) => articleRank(n) >= 0).sort((a, b) => articleRank(a) - articleRank(b));
  // Prefer the most specific type that has a headline: a page can hold teasers' `Article` nodes too.
  const article = articles.find((n) => typeof n['headline'] === 'string') ?? articles[0];
  if (article) statements.article = article;
  const webPage = nodes.find((n) => types(n).some((t) => t.endsWith('WebPage')));
  if (webPage) statements.webPage = webPage;
  const site = nodes.find((n) => types(n).includes('WebSite'));
  const siteName = site && text(site['name']);
  if (siteName) statements.siteName = siteName;
  for (const node of nodes) {
    const name = text(node['name']);
    const id = node['@id'];
    if (name && typeof id === 'string' && types(node).some((t) => t.endsWith('Organization'))) statements.organisations.set(id, name);
  }
  return statements;
}

/** The `@type` of a node as a list (it may be a string or an array). */
export function types(node: LdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** A plain text value: a string, the first string of an array, or `@value`; whitespace collapsed, undefined when empty. */
export function text(value: unknown): string | undefined {
  if (Array.isArray(value)) return text(value[0]);
  if (value && typeof value === 'object' && '@value' in value) return text((value as LdNode)['@value']);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.replace(/\s+/g, ' ').trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * The names in a person-or-organisation value: `"Anna Muster"`,
 * `{ "name": … }`, or a list of either. A value given only by `@id` is
 * looked up among the page's organisations.
 */
export function names(value: unknown, organisations: ReadonlyMap<string, string> = new Map()): string[] {
  const list = Array.isArray(value) ? value : [value];
  const found: string[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      const name = text(item);
      if (name) found.push(name);
    } else if (item && typeof item === 'object') {
      const node = item as LdNode;
      const name = text(node['name']) ?? (typeof node['@id'] === 'string' ? organisations.get(node['@id']) : undefined);
      if (name) found.push(name);
    }
  }
  return found;
}

function articleRank(node: LdNode): number {
  const ranks = types(node).map((t) => ARTICLE_TYPES.indexOf(t)).filter((r) => r >= 0);
  return ranks.length > 0 ? Math.min(...ranks) : -1;
}

/** Walks arrays and `@graph`s into a flat list of typed nodes. */
function collect(value: unknown, into: LdNode[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collect(item, into);
  } else if (value && typeof value === 'object') {
    const node = value as LdNode;
    if (node['@type'] !== undefined) into.push(node);
    if (node['@graph'] !== undefined) collect(node['@graph'], into);
  }
}

/**
 * JSON as pages write it: some wrap it in an HTML comment or CDATA, or end it
 * with a stray semicolon; raw line breaks inside strings are common too.
 */
function parseLoosely(block: string): unknown {
  const trimmed = block
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    .trim()
    .replace(/;$/, '');
  for (const candidate of [trimmed, trimmed.replace(/[\r\n\t]+/g, ' ')]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // try the next repair
    }
  }
  return undefined;
}
