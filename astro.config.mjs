// @ts-check
import { readFileSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import { parse } from 'yaml';

/**
 * The site's address comes from the curator's `content/dossier.yaml`, the
 * single place it is written (canonical URLs, Open Graph). Its path becomes
 * the base, so a dossier can live at `https://example.org/dossier/`.
 * The content loader validates the file properly and explains any mistake;
 * this only needs the one value.
 */
const dossierYaml = readFileSync(new URL('./content/dossier.yaml', import.meta.url), 'utf8');
const site = new URL(String(parse(dossierYaml)?.baseUrl ?? 'http://localhost/'));

export default defineConfig({
  site: site.href,
  base: site.pathname,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  // Static pages only: no client-side prefetching script.
  prefetch: false,
});
