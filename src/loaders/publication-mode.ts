/**
 * Whether this process previews the dossier (`astro dev`: drafts shown, the
 * claim ledger read but never written) or publishes it (`astro build`, and
 * `astro sync`, which only makes types). The publication integration
 * (src/integrations/publication.ts) says which, from Astro's command,
 * before the content sync runs; the loaders run from another copy of the
 * modules, so it is kept on `globalThis`.
 */
import type { PublicationMode } from '../lib/content/publication.ts';

const MODE = Symbol.for('dossier.publication-mode');

type Holder = { [MODE]?: PublicationMode };

/** Records the mode of this process (called once, from `astro:config:setup`). */
export function setPublicationMode(mode: PublicationMode): void {
  (globalThis as Holder)[MODE] = mode;
}

/** The mode of this process; `publish` unless the integration said otherwise, so no draft is ever published by default. */
export function publicationMode(): PublicationMode {
  return (globalThis as Holder)[MODE] ?? 'publish';
}

/** The mode for one of Astro's commands: only the dev server previews. */
export function modeOfCommand(command: string): PublicationMode {
  return command === 'dev' ? 'preview' : 'publish';
}
