/**
 * A warm build is a cold build, faster: after each kind of edit a curator
 * makes to a dossier (an article added, one deleted, one re-titled), the
 * rebuild that kept every page it judged unchanged (the page writer's by
 * stamp, Astro's by cache key, the articles by digest) writes, file for
 * file and byte for byte, what a build from nothing writes. The claim
 * edits within an article are covered by claims-rebuild.spec.ts.
 */
import { copyFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { projectRoot } from './e2e-paths.ts';
import { readTree, tempSite, type TempSite } from './temp-site.ts';

/** Build dates of the builds (SOURCE_DATE_EPOCH): the first on 4 January 2027, every later one on the 5th. */
const FIRST_BUILD = Date.UTC(2027, 0, 4) / 1000;
const REBUILD = Date.UTC(2027, 0, 5) / 1000;

/** A real German news page as copied from the browser (from the development set), added as a published article. */
const ADDED = join(projectRoot, 'e2e/fixtures/drafts/polizeiticker-unfall.txt');

let site: TempSite;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  site = await tempSite();
  await site.build(FIRST_BUILD);
});

test.afterAll(async () => {
  await site?.dispose();
});

/** Rebuilds warm after `edit`, then cold from nothing, and returns the paths whose bytes differ (or exist in one only). */
async function warmAgainstCold(edit: () => Promise<void>, expectInLog: RegExp): Promise<string[]> {
  await edit();
  const log = await site.build(REBUILD);
  expect(log).toMatch(expectInLog);
  // Warm means warm: the articles the edit did not touch were not cleaned again.
  expect(log).toMatch(/\(\d+ cleaned, [1-9]\d* unchanged/);
  const warm = await readTree(site.dist);
  await site.clean();
  await site.build(REBUILD);
  const cold = await readTree(site.dist);
  const paths = new Set([...warm.keys(), ...cold.keys()]);
  return [...paths].filter((path) => !warm.get(path)?.equals(cold.get(path) ?? Buffer.alloc(0)) || !cold.has(path)).sort();
}

test.describe.configure({ mode: 'serial' });

test('an added article: the warm build writes what a cold build writes', async () => {
  test.setTimeout(240_000);
  const differing = await warmAgainstCold(async () => {
    await copyFile(ADDED, join(site.root, 'content/articles/005_polizeiticker.txt'));
    await writeFile(join(site.root, 'content/articles/005_polizeiticker.meta.yaml'), 'outlet: Polizeiticker\npublished: 2023-11-06\n');
  }, /6 articles \(1 cleaned, 5 unchanged/);
  expect(differing).toEqual([]);
});

test('a deleted article: the warm build writes what a cold build writes', async () => {
  test.setTimeout(240_000);
  const differing = await warmAgainstCold(async () => {
    await rm(join(site.root, 'content/articles/003_f1290934ed803041.txt'));
    await rm(join(site.root, 'content/articles/003_f1290934ed803041.meta.yaml'));
  }, /5 articles \(0 cleaned, 5 unchanged/);
  expect(differing).toEqual([]);
});

test('a re-titled article: the warm build writes what a cold build writes', async () => {
  test.setTimeout(240_000);
  const differing = await warmAgainstCold(
    // One of the two reports of the Ratcliffe call: the other lists it as related and cites it, so its page shows the new title too.
    () => site.edit('content/articles/001_6f10fa47b279544a.meta.yaml', 'outlet: Unbekanntes Nachrichtenportal\n', 'outlet: Unbekanntes Nachrichtenportal\ntitle: Naryschkin telefonierte mit CIA-Chef Ratcliffe\n'),
    /5 articles \(1 cleaned, 4 unchanged/,
  );
  expect(differing).toEqual([]);
});
