/**
 * Re-syncs a collection in `astro dev` when the curator changes `content/`.
 */
import { relative, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/** The files a dossier is made of, relative to `content/`. */
export function isDossierFile(path: string): boolean {
  return (
    path === 'dossier.yaml' ||
    path === 'boilerplate.yaml' ||
    path === 'entities.yaml' ||
    path === 'reviews.yaml' ||
    /^articles\/[^/]+\.(txt|html|htm|meta\.yaml)$/.test(path)
  );
}

/**
 * Calls `sync` whenever one of the watched files (by default every article,
 * sidecar and dossier-wide YAML file) is added, changed or deleted. A whole
 * sync rather than one entry, because one file can change others: a rule
 * applies everywhere, and an article's siblings decide which of its lines
 * are outlet furniture. Syncs run one after another; a failed one is logged
 * and the dev server keeps the last good content.
 *
 * @param watches which paths, relative to `content/` with `/` separators, matter
 */
export function watchContent(
  { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
  contentDir: string,
  sync: () => Promise<void>,
  watches: (path: string) => boolean = isDossierFile,
): void {
  if (!watcher) return;
  watcher.add(contentDir);
  let queue = Promise.resolve();
  const onEvent = (path: string) => {
    const inContent = relative(contentDir, path).split(sep).join('/');
    if (!watches(inContent)) return;
    queue = queue.then(sync).then(
      () => logger.info(`Reloaded after a change to content/${inContent}`),
      (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
    );
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
