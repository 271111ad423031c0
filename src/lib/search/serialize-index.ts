/**
 * The search index as the files the site serves: address (relative to the
 * site's base) → JSON text. The Astro endpoints and the benchmark both write
 * exactly these.
 */
import type { BuiltSearchIndex } from './build-index.ts';
import { CORE_PATH, docsPath, postingsPath } from './index-format.ts';

/** Every file of the index, the core first. */
export function serializeIndex(index: BuiltSearchIndex): Map<string, string> {
  const { version } = index.core;
  return new Map([
    [CORE_PATH, JSON.stringify(index.core)],
    ...index.postings.map((chunk, n): [string, string] => [postingsPath(version, n), JSON.stringify(chunk)]),
    ...index.docs.map((chunk, n): [string, string] => [docsPath(version, n), JSON.stringify(chunk)]),
  ]);
}
