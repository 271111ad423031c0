/**
 * The `articles` collection: every article in `content/articles/`, cleaned
 * and rendered. Shaped like Astro's `glob()` loader (digest per entry,
 * unchanged entries skipped, vanished ones deleted, re-sync in dev), but the
 * entries come from Dossier's content pipeline instead of Markdown files.
 */
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { ADDRESS_LEDGER_FILE, readAddressLedger, writeAddressLedger } from '../lib/addresses/address-ledger-file.ts';
import { describeAddressChanges } from '../lib/addresses/assign-addresses.ts';
import { assertNoErrors, DossierError } from '../lib/content/dossier-error.ts';
import { count, duration, LARGE_BATCH, phases, plural, progress } from '../lib/content/progress.ts';
import { summarizeProblems } from '../lib/content/summarize-problems.ts';
import { outletLinesFor, readDossier } from '../lib/content/read-dossier.ts';
import { ARTICLES_DIR, isArticleFile } from '../lib/content/scan-articles.ts';
import { outletLinesDigestInput } from '../lib/clean/outlet-repeats.ts';
import type { ArticleInput, DossierProblem } from '../lib/content/types.ts';
import { renderArticleHtml } from '../lib/render/article-html.ts';
import { claimPagePath } from '../lib/render/claim-page.ts';
import { articleKey, type ClaimDraft } from '../lib/claims/draft-claims.ts';
import { LEDGER_FILE, readLedger } from '../lib/claims/ledger-file.ts';
import { serializeLedger } from '../lib/claims/claim-ledger.ts';
import { claimPageIds } from '../lib/claims/claim-pages.ts';
import { describeLeftOut, describeShownDrafts, isDraft, selectArticles } from '../lib/content/publication.ts';
import { describeChanges } from '../lib/claims/describe-changes.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { uiStrings } from '../i18n/index.ts';
import { buildDate } from '../lib/claims/build-date.ts';
import { claimMarkup } from './claim-markup.ts';
import { linkedClaims, sourceMarkers, storedFields } from '../lib/pipeline/claim-links.ts';
import type { ArticleState } from '../lib/pipeline/article-state.ts';
import { prepareDossier } from '../lib/pipeline/prepare-dossier.ts';
import { linkDossier } from '../lib/pipeline/link-dossier.ts';
import { articleEntryData } from '../lib/content/article-entry.ts';
import { codeFingerprint } from '../build/code-fingerprint.ts';
import { withReviewMarkers } from '../lib/pipeline/claim-reviews.ts';
import { dossierReviews, withReviews } from '../lib/reviews/dossier-reviews.ts';
import { PROCESSING_VERSION } from './processing-version.ts';
import { watchContent } from './watch-content.ts';
import { fsThread } from '../build/fs-thread.ts';
import { announcePages, handOverSync, publicationMode } from '../build/handover.ts';
import { ledgerVersion } from '../lib/content/file-version.ts';
import { articleCacheDir, cachedName, openArticleCache } from './article-cache.ts';
import { detailsJson, readArticleDetails, type ArticleDetails } from './article-details.ts';

/** What is remembered about a stored entry besides the entry itself (Astro's meta store). */
interface Remembered {
  digest: string;
  /** The slug the article asked for, before slugs were made unique across the dossier. */
  wishedSlug: string;
  /** Its warnings, to report them again while the entry is reused. */
  problems: DossierProblem[];
}

type StoredEntry = NonNullable<ReturnType<DataStore['get']>>;

/** What an unchanged article reuses: its stored entry and details, and what was remembered of it. */
interface Reused {
  entry: StoredEntry;
  details: ArticleDetails;
  remembered: Remembered;
}

const rememberedKey = (file: string) => `article:${file}`;
/** The meta store's key for the digest of the claim ledger the last build wrote. */
const LEDGER_WRITTEN_KEY = 'claims-ledger-written';

/** The loader of the `articles` collection. Any error-severity problem fails the build. */
export function articlesLoader(): Loader {
  return {
    name: 'dossier-articles',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      await syncArticles(context, root);
      watchContent(context, join(root, 'content'), () => syncArticles(context, root));
    },
  };
}

/**
 * Brings the store in line with `content/`. Everything is read and checked
 * before the store is touched, so a dossier with problems leaves the last
 * good content in place and the build fails listing every problem.
 */
async function syncArticles(context: LoaderContext, root: string): Promise<void> {
  const { store, meta, logger, parseData, generateDigest } = context;
  // A large dossier takes a minute: name each phase as it starts, so a person sees where the time goes.
  const now = () => performance.now();
  // Reading (and the duplicate check) takes seconds too: a glance at the folder tells whether to say so.
  const files = await readdir(join(root, ARTICLES_DIR)).catch(() => []);
  let large = files.filter(isArticleFile).length >= LARGE_BATCH;
  const steps = phases({ now, report: (line) => logger.info(line), loud: () => large });
  steps.start('reading', `reading ${count(files.length)} files in ${ARTICLES_DIR}/…`);
  const { config, rules, entities, inputs: all, problems } = await readDossier(root);
  if (!config) throw new DossierError(problems);
  // A build leaves drafts out before cleaning them: no page, no search entry, no claim id, no link to them.
  const mode = publicationMode();
  const { shown: inputs, leftOut } = selectArticles(all, mode);
  large = inputs.length >= LARGE_BATCH;

  const code = await codeFingerprint(root);
  const cacheDir = articleCacheDir(context.config.cacheDir);
  // New cache files are written on another thread while the next articles render (see fs-thread.ts).
  mkdirSync(cacheDir, { recursive: true });
  const writes = fsThread();
  const cache = openArticleCache(cacheDir, writes.writeFile);
  const storedByFile = new Map(store.values().map((entry) => [entry.filePath, entry]));
  // Drafts count as siblings in a build too: marking one published then changes no other article's text.
  const outletLinesOf = outletLinesFor(all);
  // One digest of each outlet's shared lines, not one per article: hashing every sibling's text per article is quadratic.
  const outletDigests = new Map([...new Set(inputs.map(outletLinesOf))].map((lines) => [lines, generateDigest(outletLinesDigestInput(lines))]));
  const digests = new Map<string, string>();
  /** What marks the ledger file's bytes as written by this code (sha1 of 18 MB: 10 ms; Astro's digest of the text took 0.8 s). */
  const ledgerDigest = (bytes: Uint8Array) => createHash('sha1').update(code).update(bytes).digest('base64url');
  /** The stored entry of an unchanged article, whose digest covers everything its cleaning reads. */
  // What every article's cleaning reads alike, hashed once: the registry stringified again for each article cost
  // 25 MB of JSON at 5,000 articles with 22 entities, and grows with the registry times the articles.
  // Any article may name an entity added or renamed in the registry.
  const shared = generateDigest({ processing: PROCESSING_VERSION, code, rules, entities });
  const reuse = (input: ArticleInput): ArticleState<Reused> | undefined => {
    const digest = generateDigest({ shared, bytes: input.bytesDigest, meta: input.meta, outlet: outletDigests.get(outletLinesOf(input)) });
    digests.set(input.file, digest);
    const stored = storedByFile.get(input.file);
    const remembered = parseRemembered(meta.get(rememberedKey(input.file)));
    if (!stored || stored.digest !== digest || remembered?.digest !== digest || !cache.has(stored.data.htmlKey, 'html')) return undefined;
    const details = storedDetails(cacheDir, stored);
    if (!details) return undefined;
    return {
      input,
      reused: { entry: stored, details, remembered },
      title: String((stored.data.title as { value: unknown }).value),
      wishedSlug: remembered.wishedSlug,
      problems: remembered.problems,
      blocks: details.blocks,
      drafts: storedClaims(details),
      // Dates depend only on the sentences, the publication date and the language, all covered by the digest.
      claimDates: details.claims.map((claim) => claim.dates),
      fields: storedFields(stored.data),
    };
  };
  let cleaning: ReturnType<typeof progress> | undefined;
  // One date for both ledgers, also across midnight.
  const date = buildDate();
  const addressLedger = await orFail(readAddressLedger(root));
  const prepared = prepareDossier(inputs, {
    rules,
    outletLinesOf,
    addressLedger,
    date,
    reuse,
    onCleaned: (done, total) => {
      if (!cleaning) {
        steps.start('cleaning', `cleaning ${count(total)} of ${count(inputs.length)} articles…`);
        cleaning = progress(total, { now, report: (line) => logger.info(line), line: (d, t) => `cleaning ${count(d)}/${count(t)} articles…` });
      }
      cleaning.tick(done);
    },
  });
  const { states, slugs, addresses } = prepared;
  const toClean = prepared.cleaned;
  problems.push(...prepared.problems);
  assertNoErrors(problems);

  // Entries kept as they are; every other stored entry is deleted before the
  // new ones are written, so a slug passing from one article to another
  // cannot delete the entry that just took it.
  const kept = new Set(states.filter((s, i) => s.reused?.entry.id === slugs[i]).map((s) => s.reused?.entry.id));
  for (const entry of store.values()) {
    if (kept.has(entry.id)) continue;
    store.delete(entry.id);
    if (entry.filePath && !all.some((input) => input.file === entry.filePath)) {
      meta.delete(rememberedKey(entry.filePath));
    }
  }

  // Claims, entities and cross-links: the things decided across articles, part of each entry's data,
  // so a change re-renders the entries it touches.
  const { published, named, about, links, entityLinks } = linkDossier(states, slugs, {
    entities,
    // The file as the last build wrote it is not validated again; any other bytes are (see readLedger).
    ledger: await orFail(readLedger(root, (bytes) => meta.get(LEDGER_WRITTEN_KEY) === ledgerDigest(bytes))),
    date,
    base: context.config.base,
    language: config.language,
    onPhase: (phase) => steps.start(phase),
    // Claim pages are most of a large dossier's files: the page writer makes their folders while the sync goes on.
    onClaims: (claims) =>
      announcePages([...claimPageIds([...claims.claims.values()].flat().map((claim) => claim.id), claims.ledger)].map(claimPagePath)),
  });
  // Reviews follow their claims through this build's ledger; a review the build cannot place stops it, as `check` says.
  const reviews = await dossierReviews(root, published.ledger);
  problems.push(...reviews.problems);
  assertNoErrors(problems);
  const t = uiStrings(config.language);
  const markup = { ...claimMarkup(context.config.base, t.claimLinkLabel), after: withReviewMarkers(sourceMarkers(links, t), reviews.byClaim, context.config.base, t) };

  steps.start('storing');
  const storing = progress(states.length, { now, report: (line) => logger.info(line), line: (done, total) => `storing ${count(done)}/${count(total)} articles…` });
  let removedSpans = 0;
  /** Unchanged articles stored again: their claims' links, related articles or slug changed. */
  let relinked = 0;
  const cached = new Set<string>();
  /** Every article's details by key, for the pages of this build (see src/build/handover.ts). */
  const handed = new Map<string, ArticleDetails>();
  const renderHtml = async (blocks: ArticleDetails['blocks'], claims: ArticleDetails['claims']) =>
    cache.put(await renderArticleHtml(blocks, { claims: { ...markup, claims }, entities: entityLinks.render }), 'html');
  for (const [i, state] of states.entries()) {
    storing.tick(i);
    const slug = slugs[i] as string;
    const { input } = state;
    const claims = withReviews(linkedClaims(published.claims.get(articleKey(input.file)) ?? [], links), reviews.byClaim);
    const related = links.related.get(slug) ?? [];
    const { entities: entityIds, claimEntities } = named[i]!;
    if (state.reused) {
      const { entry: reused, details } = state.reused;
      removedSpans += Number(reused.data.removedCount);
      // The stored details were made by this same code from values built in the same order: when their
      // links are the same JSON, so is the whole, and its key is the stored one: no need to stringify and hash every article's text to learn it.
      const sameClaims = JSON.stringify(details.claims) === JSON.stringify(claims);
      const sameLinks = sameClaims && JSON.stringify(details.related) === JSON.stringify(related) && JSON.stringify(details.claimEntities) === JSON.stringify(claimEntities);
      const linked = sameLinks ? details : { ...details, claims, related, claimEntities };
      const detailsKey = sameLinks ? String(reused.data.detailsKey) : cache.put(detailsJson(linked), 'json');
      handed.set(detailsKey, linked);
      const htmlKey = sameClaims ? String(reused.data.htmlKey) : await renderHtml(details.blocks, claims);
      cached.add(cachedName(htmlKey, 'html')).add(cachedName(detailsKey, 'json'));
      if (reused.id !== slug || htmlKey !== reused.data.htmlKey || detailsKey !== reused.data.detailsKey) {
        const data = await parseData({ id: slug, data: { ...reused.data, slug, entities: entityIds, about: about[i], htmlKey, detailsKey } });
        // The store ignores a set with the entry's digest unchanged; this one has new data under the same digest.
        store.delete(reused.id);
        store.set({ ...reused, id: slug, data });
        relinked += 1;
      }
      continue;
    }
    const { record } = state;
    removedSpans += record.cleaned.removed.length;
    const htmlKey = await renderHtml(record.cleaned.blocks, claims);
    const details: ArticleDetails = { body: record.source, removals: record.cleaned.removed, blocks: record.cleaned.blocks, claims, related, claimEntities };
    const detailsKey = cache.put(detailsJson(details), 'json');
    handed.set(detailsKey, details);
    cached.add(cachedName(htmlKey, 'html')).add(cachedName(detailsKey, 'json'));
    const data = await parseData({ id: slug, data: articleEntryData(record, slug, { entities: entityIds, about: about[i]!, htmlKey, detailsKey }) });
    const remembered: Remembered = { digest: digests.get(input.file)!, wishedSlug: state.wishedSlug, problems: state.problems };
    store.set({ id: slug, data, digest: remembered.digest, filePath: input.file });
    meta.set(rememberedKey(input.file), JSON.stringify(remembered));
  }
  await writes.settled();
  cache.prune(cached);
  // Pages read this ledger; only a build writes it, once its pages are written (src/integrations/publication.ts).
  // The former-address pages read the address ledger from its file, so a build writes it now; a preview never does.
  const addressesWritten = mode === 'publish' && (await writeAddressLedger(root, addresses.ledger));
  const changes = describeChanges(published.changes);
  // The ledger as reconciled against the file as it is now; the file is written, if at all, only after the pages.
  const ledger = { version: await ledgerVersion(root), ledger: published.ledger };
  const toWrite = mode === 'publish' ? { bytes: Buffer.from(serializeLedger(published.ledger), 'utf8'), changes } : undefined;
  // Remembered before the file is written: a build that fails first leaves other bytes there, which are then validated.
  if (toWrite) meta.set(LEDGER_WRITTEN_KEY, ledgerDigest(toWrite.bytes));

  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const entry of summarizeProblems(warnings)) logger.warn(entry);
  const took = steps.end();
  const timing = large ? ` in ${duration(took.totalMs)} (${took.phase} took ${duration(took.ms)})` : '';
  logger.info(
    `${count(inputs.length)} articles (${count(toClean)} cleaned, ${count(inputs.length - toClean)} unchanged, ${count(relinked)} re-linked)${timing}, ` +
      `${count(removedSpans)} spans removed, ${plural(warnings.length, 'warning')}`,
  );
  const claimCount = [...published.claims.values()].flat().length;
  logger.info(`${count(claimCount)} claims; ${changes}${mode === 'preview' ? ` (a preview: only a build writes ${LEDGER_FILE})` : ''}`);
  const draftsLine = mode === 'publish' ? describeLeftOut(leftOut.map((input) => input.file)) : describeShownDrafts(inputs.filter(isDraft).map((input) => input.file));
  if (draftsLine) logger.info(draftsLine);
  if (addressesWritten || addresses.changes.some((c) => c.kind !== 'new')) {
    logger.info(`article addresses: ${describeAddressChanges(addresses.changes)}${addressesWritten ? ` (${ADDRESS_LEDGER_FILE} updated: commit it)` : ''}`);
  }
  const namedEntities = new Set(named.flatMap((n) => n.entities)).size;
  logger.info(`${count(entities.length)} entities in the registry, ${count(namedEntities)} named in the articles`);
  const facts = { articles: inputs.length, drafts: leftOut.length, claims: claimCount, entities: namedEntities, warnings: warnings.length };
  handOverSync({ ledger, details: handed, toWrite, facts });
}

/** The claims an unchanged entry stored: their drafts are what the next publishing needs. */
function storedClaims(details: ArticleDetails): ClaimDraft[] {
  // In the key order of fresh drafts: an unchanged article's details are then the same JSON, and are not written again.
  return details.claims.map(({ block, text, start, end }) => ({ block, text, start, end }));
}

/** An unchanged entry's details, or `undefined` when the cache lost or damaged them: that only costs a re-clean. */
function storedDetails(dir: string, entry: StoredEntry): ArticleDetails | undefined {
  if (typeof entry.data.detailsKey !== 'string') return undefined;
  try {
    return readArticleDetails(dir, entry.data.detailsKey);
  } catch {
    return undefined;
  }
}

/** A damaged ledger is the curator's problem, told like every other: it stops the build with its fix, no stack trace. */
async function orFail<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof ContentError) throw new DossierError([error.toProblem()]);
    throw error;
  }
}

function parseRemembered(json: string | undefined): Remembered | undefined {
  if (!json) return undefined;
  try {
    return JSON.parse(json) as Remembered;
  } catch {
    return undefined; // A damaged cache only costs a re-clean.
  }
}
