/**
 * What the page at `/c/<id>/` shows, for every id a build has ever issued:
 * the claim itself while it is live, a note and the current wording once its
 * sentence was revised (the id moved), a tombstone once it was withdrawn.
 * An issued permalink must never lead nowhere.
 */
import { resolveClaimId, type Ledger } from './claim-ledger.ts';
import { articleKey } from './draft-claims.ts';

/** A claim as an article's data carries it (the fields pages need). */
export interface ArticleClaim {
  id: string;
  text: string;
}

/** An article as the claim pages need it: shaped like the `articles` collection's data. */
export interface ClaimArticle {
  slug: string;
  /** The raw file, relative to the project root: its name is the ledger's article key. */
  file: string;
  language: string;
  title: { value: string };
  outlet: { value: string };
  published?: { value: string };
  /** The article's claims in reading order. */
  claims: readonly ArticleClaim[];
}

/** A claim in its article, with the sentences around it for context. */
export interface ClaimInArticle<A extends ClaimArticle = ClaimArticle> {
  id: string;
  text: string;
  article: A;
  /** The sentence before and after it in the article, when there is one. */
  before?: string;
  after?: string;
}

/** One claim page; `A` is the article data the caller passed in, handed back as it was. */
export type ClaimPage<A extends ClaimArticle = ClaimArticle> =
  | ({ kind: 'live' } & ClaimInArticle<A>)
  | {
      kind: 'moved';
      id: string;
      /** The sentence as it was when the id was issued or last seen. */
      formerText: string;
      /** The claim that carries the sentence now. */
      current: ClaimInArticle<A>;
    }
  | {
      kind: 'withdrawn';
      id: string;
      /** The last text published under the id. */
      formerText: string;
      /** Build date (YYYY-MM-DD) the sentence disappeared on, when the ledger knows it. */
      withdrawn?: string;
      /** The article it was in, when that still exists. */
      article?: A;
    };

/** Every live claim of the articles, with its neighbours, by id. */
function liveClaims<A extends ClaimArticle>(articles: readonly A[]): Map<string, ClaimInArticle<A>> {
  const live = new Map<string, ClaimInArticle<A>>();
  for (const article of articles) {
    article.claims.forEach(({ id, text }, i) => {
      const before = article.claims[i - 1]?.text;
      const after = article.claims[i + 1]?.text;
      live.set(id, { id, text, article, ...(before !== undefined && { before }), ...(after !== undefined && { after }) });
    });
  }
  return live;
}

/**
 * The pages for every live claim of `articles` and every other id in the
 * `ledger`, sorted by id. A moved id leads to the live claim at the end of
 * its trail; an id whose trail ends nowhere live gets a tombstone, as do
 * withdrawn ids.
 */
export function claimPages<A extends ClaimArticle>(articles: readonly A[], ledger: Ledger): ClaimPage<A>[] {
  const live = liveClaims(articles);
  const byKey = new Map(articles.map((a) => [articleKey(a.file), a]));
  const pages: ClaimPage<A>[] = [...live.values()].map((claim) => ({ kind: 'live', ...claim }));
  for (const [id, entry] of Object.entries(ledger.claims)) {
    if (live.has(id)) continue;
    const current = live.get(resolveClaimId(ledger, id)?.id ?? '');
    if (current) {
      pages.push({ kind: 'moved', id, formerText: entry.text, current });
      continue;
    }
    const article = byKey.get(entry.article);
    pages.push({
      kind: 'withdrawn',
      id,
      formerText: entry.text,
      ...(entry.withdrawn !== undefined && { withdrawn: entry.withdrawn }),
      ...(article && { article }),
    });
  }
  return pages.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The ids `claimPages` gives a page, from the ids of the live claims and the
 * ledger: known as soon as the claims are published, before any page is
 * built (the page writer makes their folders meanwhile).
 */
export function claimPageIds(liveIds: Iterable<string>, ledger: Ledger): Set<string> {
  return new Set([...liveIds, ...Object.keys(ledger.claims)]);
}
