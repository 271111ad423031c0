/**
 * Read side of the `analyses` collection. Most dossiers have none, and
 * Astro's `getCollection` warns of an empty collection as if the content
 * config were broken: so it is asked only when the folder holds a `.md` file.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ANALYSES_DIR } from '../lib/analyses/analysis-frontmatter.ts';

/** Every analysis, as the collection holds it, newest first (then by slug). */
export async function getAnalyses(): Promise<CollectionEntry<'analyses'>['data'][]> {
  const names = await readdir(join(fileURLToPath(root), ANALYSES_DIR)).catch(() => [] as string[]);
  if (!names.some((name) => name.endsWith('.md'))) return [];
  return (await getCollection('analyses')).map((entry) => entry.data).sort((a, b) => b.date.localeCompare(a.date) || (a.slug < b.slug ? -1 : 1));
}
