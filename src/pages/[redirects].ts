/**
 * `/_redirects`: each renamed article's old addresses, for static hosts that
 * read the file (Netlify, Cloudflare Pages); elsewhere the redirect pages at
 * the old addresses do the same. Written by the page writer in a build, and
 * only when some article was renamed; `astro dev` has no use for it.
 */
import type { GetStaticPaths } from 'astro';
import { queueFiles } from '../build/handover.ts';
import { stampOf } from '../build/page-stamps.ts';
import { redirectsText } from '../routes/former-address-documents.ts';

export const getStaticPaths = (async () => {
  if (import.meta.env.DEV) return [];
  const text = await redirectsText();
  if (text) queueFiles({ kind: 'redirects', files: () => [{ path: '_redirects', stamp: stampOf(text), text: () => text }] });
  return [];
}) satisfies GetStaticPaths;

export function GET(): Response {
  return new Response(null, { status: 404 });
}
