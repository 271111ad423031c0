/**
 * Loads `content/dossier.yaml` into the `dossier` collection as one entry,
 * so pages read the title, intro and language like any other content.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { DossierError } from '../lib/content/dossier-error.ts';
import { CONFIG_FILE, readConfig, readDossier } from '../lib/content/read-dossier.ts';
import { DOSSIER_ENTRY_ID } from './dossier-entry-id.ts';
import { watchContent } from './watch-content.ts';

/** The loader of the `dossier` collection. Fails the build when the config is missing or invalid. */
export function dossierLoader(): Loader {
  return {
    name: 'dossier-config',
    load: async (context) => {
      const { config, store, parseData, generateDigest } = context;
      const root = fileURLToPath(config.root);

      async function sync() {
        const dossier = await readConfig(root, []);
        // Both loaders run at once and the first failure ends the build, so
        // this one too must name every problem in content/, not only the config's.
        if (!dossier) throw new DossierError((await readDossier(root)).problems);
        const data = await parseData({ id: DOSSIER_ENTRY_ID, data: { ...dossier } });
        store.set({ id: DOSSIER_ENTRY_ID, data, digest: generateDigest(data), filePath: CONFIG_FILE });
      }

      await sync();
      watchContent(context, join(root, 'content'), sync, (path) => path === 'dossier.yaml');
    },
  };
}
