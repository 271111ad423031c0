/**
 * The chunks of the search index, `search/<version>/p<n>.json` (postings)
 * and `d<n>.json` (texts): fetched only when a query needs them. The
 * version in the address changes with the content, so no cache can mix
 * chunks of two builds. `astro dev` serves them from here; a build has the
 * page writer write them (two thousand files at 5,000 articles, each of
 * which would cost Astro a Response).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { queueFiles } from '../../../build/handover.ts';
import { searchIndexFiles } from '../../../routes/search-index.ts';

const CHUNK = /^search\/([^/]+)\/([^/]+)\.json$/;

export const getStaticPaths = (async () => {
  const chunks = [...(await searchIndexFiles())].filter(([path]) => CHUNK.test(path));
  if (!import.meta.env.DEV) {
    // The version is a digest of the whole index: the same version, the same chunks.
    queueFiles({ kind: 'search index', files: () => chunks.map(([path, json]) => ({ path, stamp: CHUNK.exec(path)![1]!, text: () => json })) });
    return [];
  }
  return chunks.map(([path, json]) => {
    const [, version, chunk] = CHUNK.exec(path)!;
    return { params: { version: version!, chunk: chunk! }, props: { json } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
