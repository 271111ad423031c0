/**
 * Re-syncs a collection in `astro dev` when the curator changes `content/`.
 */
import { relative, sep } from 'node:path';
import type { LoaderContext } from 'astro/loaders';

/** The files a dossier is made of, relative to `content/`. */
function isDossierFile(path: string): boolean {
  return (
    path === 'dossier.yaml' ||
    path === 'boilerplate.yaml' ||
    /^articles\/[^/]+\.(txt|meta\.yaml)$/.test(path)
  );
}

/**
 * Calls `sync` whenever an article, sidecar or dossier-wide YAML file is
 * added, changed or deleted. A whole sync rather than one entry, because one
 * file can change others: a rule applies everywhere, and an article's
 * siblings decide which of its lines are outlet furniture. Syncs run one
 * after another; a failed one is logged and the dev server keeps the last
 * good content.
 */
export function watchContent(
  { watcher, logger }: Pick<LoaderContext, 'watcher' | 'logger'>,
  contentDir: string,
  sync: () => Promise<void>,
): void {
  if (!watcher) return;
  watcher.add(contentDir);
  let queue = Promise.resolve();
  const onEvent = (path: string) => {
    const inContent = relative(contentDir, path).split(sep).join('/');
    if (!isDossierFile(inContent)) return;
    queue = queue.then(sync).then(
      () => logger.info(`Reloaded after a change to content/${inContent}`),
      (error: unknown) => logger.error(error instanceof Error ? error.message : String(error)),
    );
  };
  for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, onEvent);
}
