/**
 * Read side of the `dossier` collection: the single entry holding
 * `content/dossier.yaml`, as pages need it.
 */
import { getEntry } from 'astro:content';
import { DOSSIER_ENTRY_ID } from '../loaders/dossier-entry-id.ts';

/** The dossier's configuration (title, intro, language, …). */
export async function getDossier() {
  const entry = await getEntry('dossier', DOSSIER_ENTRY_ID);
  if (!entry) throw new Error('The dossier configuration was not loaded; check content/dossier.yaml.');
  return entry.data;
}
