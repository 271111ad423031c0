/**
 * `node scripts/reader-screenshots.ts <name>`: screenshots of an article page
 * and of one of its corroborated claims' pages, on a phone (360×740) and a
 * laptop (1280×800), from the e2e site (`npm run build:e2e` first), into
 * docs/screenshots/<name>-<page>-<width>.png. For comparing the reading
 * pages before and after a change. Serves the site with `astro preview` on
 * port 4391, not 4321, which others on this machine use.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { parse } from 'yaml';

const name = process.argv[2];
if (!name) throw new Error('Usage: node scripts/reader-screenshots.ts <name>, e.g. before or after');
const PORT = 4391;
const SITE = '.e2e-site';
const base = new URL(String(parse(readFileSync(`${SITE}/content/dossier.yaml`, 'utf8')).baseUrl)).pathname;
const origin = `http://127.0.0.1:${PORT}${base}`;
/** The seed that reports a fact another outlet reports too, so its page shows a corroborated sentence. */
const ARTICLE = 'articles/russischer-geheimdienstchef-telefoniert-mit-cia-chef/';

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1', '--ignore-lock'], {
  cwd: SITE,
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
  detached: true,
});
try {
  for (let i = 0; !(await fetch(origin).then((r) => r.ok, () => false)); i++) {
    if (i > 150) throw new Error('astro preview did not start');
    await new Promise((r) => setTimeout(r, 200));
  }
  const browser = await chromium.launch(existsSync('/usr/bin/chromium') ? { executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] } : {});
  mkdirSync('docs/screenshots', { recursive: true });
  for (const viewport of [{ width: 360, height: 740 }, { width: 1280, height: 800 }]) {
    const page = await browser.newPage({ viewport, isMobile: viewport.width < 600, hasTouch: viewport.width < 600 });
    await page.goto(origin + ARTICLE);
    await page.screenshot({ path: `docs/screenshots/${name}-article-${viewport.width}.png` });
    const claim = (await page.locator('.corroboration li > a').first().getAttribute('href'))!.slice(1);
    await page.goto(`${origin}c/${claim}/`);
    await page.screenshot({ path: `docs/screenshots/${name}-claim-${viewport.width}.png` });
    await page.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid!, 'SIGTERM');
}
