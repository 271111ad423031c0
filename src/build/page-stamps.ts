/**
 * Stamps: a digest of everything a written page is made from, cheap to
 * compute without making the page. A warm build compares stamps with the
 * last build's and makes only the pages whose stamp changed; tens of
 * thousands of claim pages need not be rendered to find the four that did.
 *
 * An article's stamp covers its entry's digest (raw bytes, sidecar, rules,
 * registry and the processing code, see articles-loader.ts) and its stored
 * data, whose keys name its HTML and details (claims with their links,
 * related articles, entities) by digest. A page's stamp is made from the
 * value its view renders (see view-stamp.ts), in which each article stands
 * in by this stamp.
 */
import { hash } from 'node:crypto';

/** The parts of a stamp: any string, in a fixed order per kind of page. */
export function stampOf(...parts: readonly string[]): string {
  return hash('sha1', parts.join('\u0000'), 'base64url');
}

/** An article entry's stamp (`getArticleEntries` computes it once per build). */
export function articleStamp(entry: { digest?: string | number | undefined; data: object }): string {
  return stampOf(String(entry.digest ?? ''), JSON.stringify(entry.data));
}
