/**
 * The pages at former article addresses (redirects and tombstones, see
 * src/lib/addresses/former-addresses.ts), as page sources for the article
 * routes, and the `_redirects` file. The articles loader writes
 * `content/articles.ledger.json` during the content sync, before any page
 * renders, so pages read the ledger of this very build.
 */
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import type { PageSource } from '../build/handover.ts';
import type { AddressLedger } from '../lib/addresses/address-ledger.ts';
import { ADDRESS_LEDGER_FILE, readAddressLedger } from '../lib/addresses/address-ledger-file.ts';
import { formerAddresses, redirectsFile, type FormerAddress } from '../lib/addresses/former-addresses.ts';
import { formerAddressDocument, type FormerPage } from '../lib/render/former-address-page.ts';
import { getArticleEntries } from './article-entries.ts';
import { getDossier } from './dossier-entry.ts';
import { viewStamp } from '../build/view-stamp.ts';
import { fileVersion } from '../lib/content/file-version.ts';

/** A former address's page: its slug (the route parameter), and what the page writer needs. */
export interface FormerAddressSource extends PageSource {
  slug: string;
}

let cached: { version: string; ledger: Promise<AddressLedger> } | undefined;

/** The address ledger, parsed once per version of the file (each route asks). */
export async function getAddressLedger(): Promise<AddressLedger> {
  const projectRoot = fileURLToPath(root);
  const version = await fileVersion(projectRoot, ADDRESS_LEDGER_FILE);
  if (cached?.version !== version) cached = { version, ledger: readAddressLedger(projectRoot) };
  return cached.ledger;
}

/** This build's former addresses: every address in the ledger that no article has now. */
async function getFormerAddresses(): Promise<FormerAddress[]> {
  const live = new Set((await getArticleEntries()).map((entry) => entry.id));
  return formerAddresses(await getAddressLedger(), live);
}

/** The pages at former addresses of the reading or the original pages. */
export async function formerAddressSources(page: FormerPage): Promise<FormerAddressSource[]> {
  const { language } = await getDossier();
  const ctx = { base: import.meta.env.BASE_URL, language };
  return (await getFormerAddresses()).map((former) => ({
    slug: former.slug,
    path: `articles/${former.slug}/${page === 'original' ? 'original/' : ''}`,
    stamp: viewStamp({ former, page, ctx, site: import.meta.env.SITE }, new WeakMap()),
    document: () => formerAddressDocument(former, page, ctx),
  }));
}

/** The text of `_redirects` (empty without renamed articles). */
export async function redirectsText(): Promise<string> {
  return redirectsFile(await getFormerAddresses(), import.meta.env.BASE_URL);
}
