// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';
import { dossier } from './src/integrations/dossier.ts';

/**
 * The site's address, from the curator's `content/dossier.yaml`: the single
 * place it is written (canonical URLs, Open Graph). Its path becomes the
 * base, so a dossier can live at `https://example.org/dossier/`.
 * A missing or broken file is not reported here: the content loader fails
 * the build with a message that explains every problem and its fix.
 */
function siteFromDossier() {
  try {
    const { baseUrl } = parse(readFileSync(new URL('./content/dossier.yaml', import.meta.url), 'utf8')) ?? {};
    return new URL(String(baseUrl));
  } catch {
    return undefined;
  }
}

const site = siteFromDossier();

export default defineConfig({
  site: site?.href,
  base: site?.pathname ?? '/',
  output: 'static',
  trailingSlash: 'always',
  // Four pages render at once, so that one page's file is written while the
  // next renders: a large dossier has a thousand entity pages (measured at
  // 5,000 articles: 6.5 s one at a time, 4 s four at a time).
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // A warm build keeps the entity, list and timeline pages whose cacheKey and
  // code are unchanged (see src/build/page-cache-keys.ts) instead of
  // rendering a thousand of them again.
  experimental: { incrementalBuild: true },
  // Static pages only: no client-side prefetching script.
  prefetch: false,
  // Scripts and stylesheets as files, never inlined however small: the one
  // script (claim links on article pages) must run under a CSP without
  // 'unsafe-inline', and files are cached across pages.
  vite: { build: { assetsInlineLimit: 0 } },
  // A Content-Security-Policy meta tag on every page: Astro adds script-src and
  // style-src with 'self' and the hashes of what it inlines, so article text
  // can never run as script, and nothing may load from another origin.
  // No Markdown code blocks here; Shiki's inline styles would need 'unsafe-inline'.
  markdown: { syntaxHighlight: false },
  // Dossier's build steps, in their order (src/integrations/dossier.ts): claim,
  // article and original pages written from frames, sw.js listing every file
  // for offline reading, and, only in a build, the claim ledger, last.
  integrations: [dossier()],
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
