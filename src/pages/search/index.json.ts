/** The core of the search index (`search/index.json`): stable address, loaded when the reader first uses search. */
import type { APIRoute } from 'astro';
import { CORE_PATH } from '../../lib/search/index-format.ts';
import { searchIndexFiles } from '../../routes/search-index.ts';

export const GET: APIRoute = async () => new Response((await searchIndexFiles()).get(CORE_PATH)!, { headers: { 'Content-Type': 'application/json' } });
