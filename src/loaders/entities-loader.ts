/**
 * Loads the entity registry, `content/entities.yaml`, into the `entities`
 * collection: one entry per entity, for the entity pages and the index.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DossierError } from '../lib/content/dossier-error.ts';
import { readDossier } from '../lib/content/read-dossier.ts';
import { ENTITIES_FILE } from '../lib/entities/entity.ts';
import { readEntities } from '../lib/entities/read-entities.ts';
import { watchContent } from './watch-content.ts';

/** The loader of the `entities` collection. Fails the build when the registry is invalid. */
export function entitiesLoader(): Loader {
  return {
    name: 'dossier-entities',
    load: async (context) => {
      const { config, store, parseData, generateDigest } = context;
      const root = fileURLToPath(config.root);

      async function sync() {
        const { entities, problems } = await readEntities(root);
        // The loaders run at once and the first failure ends the build: name every problem in content/.
        if (problems.length > 0) throw new DossierError((await readDossier(root)).problems);
        store.clear();
        for (const { id, ...fields } of entities) {
          const data = await parseData({ id, data: fields });
          store.set({ id, data, digest: generateDigest(data), filePath: ENTITIES_FILE });
        }
      }

      await sync();
      watchContent(context, join(root, 'content'), sync, (path) => path === 'entities.yaml');
    },
  };
}
