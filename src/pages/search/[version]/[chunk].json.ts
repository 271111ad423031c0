/**
 * The chunks of the search index, `search/<version>/p<n>.json` (postings)
 * and `d<n>.json` (texts): fetched only when a query needs them. The
 * version in the address changes with the content, so no cache can mix
 * chunks of two builds.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchIndexFiles } from '../../../loaders/search-index.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const [path, json] of await searchIndexFiles()) {
    const match = /^search\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match) paths.push({ params: { version: match[1]!, chunk: match[2]! }, props: { json } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
