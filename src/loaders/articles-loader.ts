/**
 * The `articles` collection: every article in `content/articles/`, cleaned
 * and rendered. Shaped like Astro's `glob()` loader (digest per entry,
 * unchanged entries skipped, vanished ones deleted, re-sync in dev), but the
 * entries come from Dossier's content pipeline instead of Markdown files.
 */
import { mkdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataStore, Loader, LoaderContext } from 'astro/loaders';
import { ADDRESS_LEDGER_FILE, readAddressLedger, writeAddressLedger } from '../lib/addresses/address-ledger-file.ts';
import { assignAddresses, describeAddressChanges } from '../lib/addresses/assign-addresses.ts';
import { assertNoErrors, DossierError } from '../lib/content/dossier-error.ts';
import { count, duration, LARGE_BATCH, phases, plural, progress } from '../lib/content/progress.ts';
import { summarizeProblems } from '../lib/content/summarize-problems.ts';
import { prepareArticle, type PreparedArticle } from '../lib/content/prepare-article.ts';
import { outletLinesFor, readDossier } from '../lib/content/read-dossier.ts';
import { ARTICLES_DIR, isArticleFile } from '../lib/content/scan-articles.ts';
import { outletLinesDigestInput } from '../lib/clean/outlet-repeats.ts';
import type { ArticleInput, DossierProblem } from '../lib/content/types.ts';
import { renderArticleHtml } from '../lib/render/article-html.ts';
import { claimPagePath } from '../lib/render/claim-page.ts';
import { articleKey, draftClaims, type ClaimDraft } from '../lib/claims/draft-claims.ts';
import { LEDGER_FILE, readLedger } from '../lib/claims/ledger-file.ts';
import { claimPageIds } from '../lib/claims/claim-pages.ts';
import { publishClaims } from '../lib/claims/publish-claims.ts';
import { handOverDetails, handOverLedger, handOverLedgerToWrite } from './sync-handover.ts';
import { describeLeftOut, describeShownDrafts, isDraft, selectArticles } from '../lib/content/publication.ts';
import { publicationMode } from './publication-mode.ts';
import { describeChanges } from '../lib/claims/describe-changes.ts';
import { crossLink } from '../lib/links/cross-link.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { uiStrings } from '../i18n/index.ts';
import { buildDate } from '../lib/claims/build-date.ts';
import { claimMarkup } from './claim-markup.ts';
import { entityLinking } from './entity-linking.ts';
import { linkedClaims, linkingInput, sourceMarkers, storedFields } from './claim-links.ts';
import { withReviewMarkers } from './claim-reviews.ts';
import { dossierReviews, withReviews } from '../lib/reviews/dossier-reviews.ts';
import { articleEntryData } from './article-entry-data.ts';
import { codeFingerprint } from './code-fingerprint.ts';
import { PROCESSING_VERSION } from './processing-version.ts';
import { watchContent } from './watch-content.ts';
import { fsThread } from '../integrations/fs-thread.ts';
import { announcePages, noteBuildFacts } from '../integrations/page-queue.ts';
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

/** One article of this sync: freshly prepared, or its stored entry reused. */
type Outcome = { input: ArticleInput; remembered: Remembered } & (
  | { prepared: PreparedArticle; reused?: undefined; details?: undefined }
  | { reused: StoredEntry; details: ArticleDetails; prepared?: undefined }
);

const rememberedKey = (file: string) => `article:${file}`;

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
  const decided = inputs.map((input) => {
    const outletLines = outletLinesOf(input);
    const digest = generateDigest({
      processing: PROCESSING_VERSION,
      code,
      bytes: input.bytesDigest,
      meta: input.meta,
      rules,
      outlet: outletDigests.get(outletLines),
      // Any article may name an entity added or renamed in the registry.
      entities,
    });
    const stored = storedByFile.get(input.file);
    const remembered = parseRemembered(meta.get(rememberedKey(input.file)));
    const reusable = stored && stored.digest === digest && remembered?.digest === digest && cache.has(stored.data.htmlKey, 'html');
    const details = reusable ? storedDetails(cacheDir, stored) : undefined;
    const reused = reusable && details ? { input, remembered, reused: stored, details } : undefined;
    return { input, outletLines, digest, reused };
  });
  const toClean = decided.filter((d) => !d.reused).length;
  steps.start('cleaning', `cleaning ${count(toClean)} of ${count(inputs.length)} articles…`);
  const cleaning = progress(toClean, { now, report: (line) => logger.info(line), line: (done, total) => `cleaning ${count(done)}/${count(total)} articles…` });
  let cleanedSoFar = 0;
  const outcomes = decided.map(({ input, outletLines, digest, reused }): Outcome => {
    if (reused) return reused;
    const prepared = prepareArticle(input, { rules, outletLines });
    cleaning.tick(++cleanedSoFar);
    return { input, prepared, remembered: { digest, wishedSlug: prepared.record.slug, problems: prepared.problems } };
  });

  // One date for both ledgers, also across midnight.
  const date = buildDate();
  // Published addresses stay: the ledger's slug, not the title's, unless the sidecar renames it (see src/lib/addresses/).
  const addresses = assignAddresses(
    outcomes.map((o) => ({
      file: o.input.file,
      metaFile: o.input.metaFile,
      article: articleKey(o.input.file),
      title: titleOf(o),
      slug: o.remembered.wishedSlug,
      pinned: o.input.meta.slug !== undefined,
      draft: isDraft(o.input),
    })),
    await orFail(readAddressLedger(root)),
    date,
  );
  const { slugs } = addresses;
  problems.push(...outcomes.flatMap((o) => o.remembered.problems), ...addresses.problems);
  assertNoErrors(problems);

  // Entries kept as they are; every other stored entry is deleted before the
  // new ones are written, so a slug passing from one article to another
  // cannot delete the entry that just took it.
  const kept = new Set(outcomes.filter((o, i) => o.reused?.id === slugs[i]).map((o) => o.reused?.id));
  for (const entry of store.values()) {
    if (kept.has(entry.id)) continue;
    store.delete(entry.id);
    if (entry.filePath && !all.some((input) => input.file === entry.filePath)) {
      meta.delete(rememberedKey(entry.filePath));
    }
  }

  // Claims are the one thing decided across articles: ids, collisions and the ledger.
  steps.start('claims');
  const drafts = outcomes.map((o) =>
    o.prepared ? draftClaims(o.prepared.record.cleaned.blocks, o.prepared.record.language) : storedClaims(o.details),
  );
  const published = publishClaims(
    outcomes.map((o, i) => ({ article: articleKey(o.input.file), drafts: drafts[i]! })),
    await orFail(readLedger(root)),
    date,
  );
  // Claim pages are most of a large dossier's files: the page writer makes their folders while the sync goes on.
  // Reviews follow their claims through this build's ledger; a review the build cannot place stops it, as `check` says.
  const reviews = await dossierReviews(root, published.ledger);
  problems.push(...reviews.problems);
  assertNoErrors(problems);
  announcePages([...claimPageIds([...published.claims.values()].flat().map((claim) => claim.id), published.ledger)].map(claimPagePath));
  // The entities each claim names: stored with the articles, and evidence for cross-linking.
  steps.start('entities');
  const entityLinks = entityLinking(entities, context.config.base);
  const named = outcomes.map((o) =>
    entityLinks.annotate(o.prepared ? o.prepared.record.cleaned.blocks : o.details.blocks, published.claims.get(articleKey(o.input.file)) ?? []),
  );
  const about = outcomes.map((o) => entityLinks.about(titleOf(o), articleKey(o.input.file)));
  // Then dates, corroboration and related articles, across all articles; they are
  // part of each entry's claims and data, so a change re-renders the entries it touches.
  steps.start('cross-linking');
  const links = crossLink(
    outcomes.map((o, i) => {
      const fields = o.prepared ? o.prepared.record : storedFields(o.reused.data);
      return linkingInput(slugs[i] as string, fields, published.claims.get(articleKey(o.input.file)) ?? []);
    }),
    entityLinks.evidence(named),
    config.language,
  );
  const t = uiStrings(config.language);
  const markup = { ...claimMarkup(context.config.base, t.claimLinkLabel), after: withReviewMarkers(sourceMarkers(links, t), reviews.byClaim, context.config.base, t) };

  steps.start('storing');
  const storing = progress(outcomes.length, { now, report: (line) => logger.info(line), line: (done, total) => `storing ${count(done)}/${count(total)} articles…` });
  let removedSpans = 0;
  /** Unchanged articles stored again: their claims' links, related articles or slug changed. */
  let relinked = 0;
  const cached = new Set<string>();
  /** Every article's details by key, for the pages of this build (see sync-handover.ts). */
  const handed = new Map<string, ArticleDetails>();
  const renderHtml = async (blocks: ArticleDetails['blocks'], claims: ArticleDetails['claims']) =>
    cache.put(await renderArticleHtml(blocks, { claims: { ...markup, claims }, entities: entityLinks.render }), 'html');
  for (const [i, outcome] of outcomes.entries()) {
    storing.tick(i);
    const slug = slugs[i] as string;
    const { input, remembered } = outcome;
    const claims = withReviews(linkedClaims(published.claims.get(articleKey(input.file)) ?? [], links), reviews.byClaim);
    const related = links.related.get(slug) ?? [];
    const { entities: entityIds, claimEntities } = named[i]!;
    if (outcome.reused) {
      const { reused, details } = outcome;
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
    const { record } = outcome.prepared;
    removedSpans += record.cleaned.removed.length;
    const htmlKey = await renderHtml(record.cleaned.blocks, claims);
    const details: ArticleDetails = { body: record.source, removals: record.cleaned.removed, blocks: record.cleaned.blocks, claims, related, claimEntities };
    const detailsKey = cache.put(detailsJson(details), 'json');
    handed.set(detailsKey, details);
    cached.add(cachedName(htmlKey, 'html')).add(cachedName(detailsKey, 'json'));
    const data = await parseData({ id: slug, data: { ...articleEntryData(record, slug), entities: entityIds, about: about[i], htmlKey, detailsKey } });
    store.set({ id: slug, data, digest: remembered.digest, filePath: input.file });
    meta.set(rememberedKey(input.file), JSON.stringify(remembered));
  }
  await writes.settled();
  cache.prune(cached);
  handOverDetails(handed);
  // Pages read this ledger; only a build writes it, once its pages are written (src/integrations/publication.ts).
  // The former-address pages read the address ledger from its file, so a build writes it now; a preview never does.
  const addressesWritten = mode === 'publish' && (await writeAddressLedger(root, addresses.ledger));
  await handOverLedger(root, published.ledger);
  const changes = describeChanges(published.changes);
  handOverLedgerToWrite(mode === 'publish' ? { ledger: published.ledger, changes } : undefined);

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
  noteBuildFacts({ articles: inputs.length, drafts: leftOut.length, claims: claimCount, entities: namedEntities, warnings: warnings.length });
}

/** An article's title, cleaned now or stored with its unchanged entry. */
function titleOf(o: Outcome): string {
  return o.prepared ? o.prepared.record.title.value : String((o.reused.data.title as { value: unknown }).value);
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
