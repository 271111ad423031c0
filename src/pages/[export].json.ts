/**
 * `/dossier.json`: the whole dossier, machine-readable (see
 * `src/lib/export/dossier-json.ts`). `astro dev` serves it from here; a
 * build has the page writer write it, which spares Astro's Response the
 * copies of 46 MB at 5,000 articles, and skips writing it when unchanged.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { queueFiles } from '../build/handover.ts';
import { dataPath } from '../lib/render/site-paths.ts';
import { dossierJsonDocument } from '../routes/dossier-export.ts';
import { getDossier } from '../routes/dossier-entry.ts';

/** The site's address, as every URL in the document has it. */
async function siteUrl(): Promise<string> {
  return String(import.meta.env.SITE ?? (await getDossier()).baseUrl);
}

export const getStaticPaths = (async () => {
  if (import.meta.env.DEV) return [{ params: { export: 'dossier' } }];
  const base = import.meta.env.BASE_URL;
  const { bytes, stamp } = await dossierJsonDocument(await siteUrl(), base);
  const path = dataPath('/').slice(1);
  queueFiles({ kind: 'export', files: () => [{ path, stamp, text: () => bytes }] });
  return [];
}) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { bytes } = await dossierJsonDocument(await siteUrl(), import.meta.env.BASE_URL);
  // Compact (indented, it was 72 MB instead of 46 MB at 5,000 articles), and as bytes.
  return new Response(bytes, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
