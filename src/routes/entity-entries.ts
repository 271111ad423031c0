/**
 * Read side of the `entities` collection. A new dossier's registry is empty,
 * and Astro's `getCollection` warns of an empty collection as if the content
 * config were broken ("does not exist or is empty"), once per page that asks:
 * so it is asked only when the registry has entities.
 */
import { fileURLToPath } from 'node:url';
import { root } from 'astro:config/server';
import { getCollection, type CollectionEntry } from 'astro:content';
import { ENTITIES_FILE } from '../lib/entities/entity.ts';
import { readEntities } from '../lib/entities/read-entities.ts';
import { fileVersion } from '../lib/content/file-version.ts';

let cached: { version: string; some: Promise<boolean> } | undefined;

/** Whether `content/entities.yaml` lists any entity, read once per version of the file (the loader has validated it). */
function registryHasEntities(): Promise<boolean> {
  const projectRoot = fileURLToPath(root);
  return fileVersion(projectRoot, ENTITIES_FILE).then((version) => {
    if (cached?.version !== version) cached = { version, some: readEntities(projectRoot).then((r) => r.entities.length > 0) };
    return cached.some;
  });
}

/** Every entity of the registry, as the `entities` collection holds it. */
export async function getEntities(): Promise<CollectionEntry<'entities'>[]> {
  return (await registryHasEntities()) ? getCollection('entities') : [];
}
