/**
 * The search engine the reader's browser runs (in a Web Worker): loads the
 * index core once, then for each query resolves its words against the
 * vocabulary and the entities, fetches only the postings chunks of the keys
 * it needs, ranks, and fetches the texts of the results it returns.
 * No DOM, no Node: tests run it against the files in memory.
 */
import { EntityLookup } from './entity-lookup.ts';
import { highlight } from './highlight.ts';
import { IndexFiles, NO_POSTINGS, intersectPostings, type KeyPostings, type LoadJson } from './index-files.ts';
import { CORE_PATH, entityKey, ratingKey, type SearchCore } from './index-format.ts';
import { parseQuery } from './parse-query.ts';
import { Ranker, type Ranking, type WordHits } from './rank.ts';
import { rankAnalyses } from './rank-analyses.ts';
import { rankEntities } from './rank-entities.ts';
import { resolveQuery, type ResolvedWord } from './resolve-words.ts';
import type { ArticleHit, ClaimHit, SearchRequest, SearchResponse } from './search-types.ts';
import { confirmInBatches, hasPhrases, type Confirmed } from './verify-phrases.ts';
import { Vocabulary } from './vocabulary.ts';

export type { LoadJson } from './index-files.ts';

/** Claims and articles returned when the request names no limit. */
export const DEFAULT_LIMIT = 20;
const DEFAULT_ARTICLE_LIMIT = 10;
/** Candidates checked for quoted phrases, best first. */
const PHRASE_CANDIDATES = 400;

const NOTHING: SearchResponse = { claims: [], articles: [], entities: [], analyses: [], totals: { claims: 0, articles: 0, entities: 0, analyses: 0 } };

export class SearchEngine {
  private readonly vocabulary: Vocabulary;
  private readonly lookup: EntityLookup;
  private readonly files: IndexFiles;
  private readonly claimRanker: Ranker;
  private readonly articleRanker: Ranker;
  readonly core: SearchCore;

  private constructor(core: SearchCore, load: LoadJson) {
    this.core = core;
    this.vocabulary = Vocabulary.fromCore(core);
    this.lookup = new EntityLookup(core.entities);
    this.files = new IndexFiles(core, load);
    this.claimRanker = new Ranker(this.files.articleOf.length);
    this.articleRanker = new Ranker(this.files.firstClaim.length);
  }

  /** Loads the core of the index and prepares it for queries. */
  static async open(load: LoadJson): Promise<SearchEngine> {
    return new SearchEngine((await load(CORE_PATH)) as SearchCore, load);
  }

  /** Answers a query. An empty query finds nothing, unless an entity or rating filter lists its claims. */
  async search(request: SearchRequest): Promise<SearchResponse> {
    const limit = request.limit ?? DEFAULT_LIMIT;
    const articleLimit = request.articleLimit ?? DEFAULT_ARTICLE_LIMIT;
    const parsed = parseQuery(request.q);
    const words = resolveQuery(parsed.words, this.vocabulary, this.lookup);
    const filterKeys = [request.entity && entityKey(request.entity), request.rating && ratingKey(request.rating)].filter((key) => !!key) as string[];
    if (words.length === 0 && filterKeys.length === 0) return NOTHING;

    const keys = new Set(words.flatMap((w) => w.keys.flatMap((k) => k.parts ?? [k.key])));
    for (const key of filterKeys) keys.add(key);
    const found = await this.files.postingsOf([...keys]);
    const { articleOf, firstClaim } = this.files;
    const articleOk = this.articleFilter(request);
    // Both filters at once: the claims naming the entity and rated so.
    const filterClaims = filterKeys.length > 0 ? intersectPostings(filterKeys.map((key) => (found.get(key) ?? NO_POSTINGS).claims)) : undefined;
    const inFilter = filterClaims && marked(filterClaims, articleOf.length);
    const filterArticles = filterClaims && marked(Array.from(filterClaims, (c) => articleOf[c]!), firstClaim.length);
    const filterOnly = filterClaims && { claims: filterClaims, articles: Uint32Array.from(indicesOf(filterArticles!)) };

    const phrases = parsed.phrases.length > 0;
    const claims = this.claimRanker.rank(
      hitsOf(words, found, 'claims', filterOnly),
      (c) => articleOk(articleOf[c]!) && (!inFilter || inFilter[c] === 1),
      phrases ? PHRASE_CANDIDATES : limit,
    );
    const articles = this.articleRanker.rank(
      hitsOf(words, found, 'articles', filterOnly),
      (a) => articleOk(a) && (!filterArticles || filterArticles[a] === 1),
      phrases ? PHRASE_CANDIDATES : articleLimit,
    );

    const claimsShown = phrases
      ? await confirmInBatches(claims.top, limit, (batch) => this.files.fetchDocs(batch.map((c) => articleOf[c]!)), (c) => hasPhrases(this.files.claim(c).text, parsed.phrases))
      : { hits: claims.top, confirmed: claims.top.length, complete: true };
    const articlesShown = phrases
      ? await confirmInBatches(articles.top, articleLimit, (batch) => this.files.fetchDocs(batch), (a) => hasPhrases(this.files.source(a).title, parsed.phrases))
      : { hits: articles.top, confirmed: articles.top.length, complete: true };
    await this.files.fetchDocs([...claimsShown.hits.map((c) => articleOf[c]!), ...articlesShown.hits]);

    const terms = new Set(words.flatMap((w) => w.keys.flatMap((k) => k.marks)));
    const claimHits = claimsShown.hits.map((c): ClaimHit => {
      const { id, text } = this.files.claim(c);
      return { ...this.files.source(articleOf[c]!), id, text, marks: highlight(text, terms, parsed.phrases) };
    });
    const articleHits = articlesShown.hits.map((a): ArticleHit => {
      const source = this.files.source(a);
      const marks = highlight(source.title, terms, parsed.phrases);
      return { ...source, marks, ...(marks.length === 0 && { heading: this.markedHeading(a, terms, parsed.phrases) }) };
    });
    const entities = rankEntities(words, this.lookup);
    // Filters by outlet, year or entity are about articles and claims: an analysis has none of them.
    const filtered = request.outlet || request.year || request.entity;
    const analyses = filtered ? [] : rankAnalyses(words, this.core.analyses).map(({ terms: _, ...shown }) => ({ ...shown, marks: highlight(shown.title, terms, parsed.phrases) }));
    // With phrases, only the candidates checked are counted: all of them, or a lower bound.
    const exact = (shown: Confirmed, ranked: Ranking) => (shown.complete && ranked.total <= ranked.top.length ? shown.confirmed : undefined);
    const claimCount = phrases ? exact(claimsShown, claims) : claims.total;
    const articleCount = phrases ? exact(articlesShown, articles) : articles.total;
    return {
      claims: claimHits,
      articles: articleHits,
      entities,
      analyses,
      totals: {
        claims: claimCount ?? claimsShown.confirmed,
        articles: articleCount ?? articlesShown.confirmed,
        entities: entities.length,
        analyses: analyses.length,
        ...((claimCount === undefined || articleCount === undefined) && { atLeast: true }),
      },
    };
  }

  /** The first subheading of article `a` with a matched word, marked. */
  private markedHeading(a: number, terms: ReadonlySet<string>, phrases: readonly string[][]): ArticleHit['heading'] {
    for (const text of this.files.headings(a)) {
      const marks = highlight(text, terms, phrases);
      if (marks.length > 0) return { text, marks };
    }
    return undefined;
  }

  /** Whether article `a` passes the outlet and year filters of `request`. */
  private articleFilter({ outlet, year }: SearchRequest): (a: number) => boolean {
    const { outlets, outletOf, yearOf } = this.core;
    const wanted = outlet === undefined ? -1 : outlets.indexOf(outlet);
    // An outlet the index does not know matches nothing rather than everything.
    if (outlet !== undefined && wanted < 0) return () => false;
    return (a) => (wanted < 0 || outletOf[a] === wanted) && (!year || yearOf[a] === year);
  }
}

/**
 * The query words as the ranker takes them, for claims or for articles.
 * Without words (only an entity or rating filter), the claims and articles
 * it lists are the one "word".
 */
function hitsOf(
  words: readonly ResolvedWord[],
  found: ReadonlyMap<string, KeyPostings>,
  side: keyof KeyPostings,
  filterOnly: KeyPostings | undefined,
): WordHits[] {
  if (words.length === 0) return [{ required: false, expansions: [{ weight: 1, postings: (filterOnly ?? NO_POSTINGS)[side] }] }];
  return words.map((w) => ({
    required: w.word.exact,
    expansions: w.keys.map((k) => ({
      weight: k.weight,
      postings: k.parts ? intersectPostings(k.parts.map((p) => (found.get(p) ?? NO_POSTINGS)[side])) : (found.get(k.key) ?? NO_POSTINGS)[side],
    })),
  }));
}

/** A 0/1 membership array of `size` for the given numbers. */
function marked(members: ArrayLike<number>, size: number): Uint8Array {
  const mark = new Uint8Array(size);
  for (let i = 0; i < members.length; i++) mark[members[i]!] = 1;
  return mark;
}

function indicesOf(mark: Uint8Array): number[] {
  const out: number[] = [];
  mark.forEach((m, i) => m && out.push(i));
  return out;
}
