/**
 * Article HTML kept beside Astro's data store, one file per distinct HTML,
 * named by its digest; an entry stores only the name (`htmlKey`).
 *
 * Astro's store is one JSON file that every build serialises, bundles into
 * the prerender code and compiles as a module. The HTML, with a permalink
 * and a source mark per sentence, was 40 % of it: tens of seconds of a
 * 5,000-article build spent moving text only the article pages read.
 */
import { hash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = 'dossier-article-html';

/** The folder of the cache in Astro's cache directory (`config.cacheDir`). */
export function articleHtmlDir(cacheDir: URL): string {
  return join(fileURLToPath(cacheDir), DIR);
}

/** Stores `html` unless already there; returns its key. */
export function putArticleHtml(dir: string, html: string): string {
  const key = hash('sha1', html, 'base64url');
  const file = join(dir, `${key}.html`);
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, html);
  }
  return key;
}

/** Whether the HTML of `key` is (still) there: an entry whose HTML is gone must be made again. */
export function hasArticleHtml(dir: string, key: unknown): boolean {
  return typeof key === 'string' && existsSync(join(dir, `${key}.html`));
}

/** The HTML of `key`; fails naming the fix when the cache lost it. */
export function readArticleHtml(dir: string, key: string): string {
  try {
    return readFileSync(join(dir, `${key}.html`), 'utf8');
  } catch {
    throw new Error(`The rendered HTML ${key} is missing from ${dir}; delete Astro's cache (node_modules/.astro and .astro) and build again.`);
  }
}

/** Deletes every stored HTML no entry names any more. */
export function pruneArticleHtml(dir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) if (!keep.has(name.replace(/\.html$/, ''))) unlinkSync(join(dir, name));
}
