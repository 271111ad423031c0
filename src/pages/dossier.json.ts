/** `/dossier.json`: the whole dossier, machine-readable (see `src/lib/export/dossier-json.ts`). */
import type { APIRoute } from 'astro';
import { dossierJsonDocument } from '../loaders/dossier-export.ts';
import { getDossier } from '../loaders/dossier-entry.ts';

export const GET: APIRoute = async ({ site }) => {
  const json = await dossierJsonDocument(String(site ?? (await getDossier()).baseUrl), import.meta.env.BASE_URL);
  // Compact (indented, it was 72 MB instead of 46 MB at 5,000 articles), and handed over as bytes:
  // a string body is scanned and encoded again by the Response.
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
