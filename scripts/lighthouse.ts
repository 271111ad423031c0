/**
 * `npm run lighthouse`: Lighthouse (mobile preset) on the four page types of
 * the built dossier — home, article, claim, entity — served by `astro
 * preview` on this machine, in Debian's Chromium where it is installed.
 * Prints the four category scores per page. Run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

const PORT = 4400;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

async function firstPage(dir: string): Promise<string> {
  const names = (await readdir(new URL(`../dist/${dir}/`, import.meta.url), { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  if (!names[0]) throw new Error(`dist/${dir}/ has no pages: run npm run build first`);
  return `/${dir}/${names[0]}/`;
}

const pages = { home: '/', article: await firstPage('articles'), claim: await firstPage('c'), entity: await firstPage('entities') };

const server = spawn('npx', ['astro', 'preview', '--port', String(PORT), '--host', '127.0.0.1'], {
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: 'ignore',
  detached: true,
});
const stopServer = () => {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
};
for (let i = 0; ; i++) {
  if (await fetch(ORIGIN).then((r) => r.ok, () => false)) break;
  if (i > 100) throw new Error('astro preview did not start');
  await new Promise((r) => setTimeout(r, 200));
}

const chrome = await launch({
  ...(existsSync('/usr/bin/chromium') && { chromePath: '/usr/bin/chromium' }),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  console.log(`| page | ${CATEGORIES.join(' | ')} |`);
  console.log(`|---|${CATEGORIES.map(() => '---').join('|')}|`);
  for (const [type, path] of Object.entries(pages)) {
    const result = await lighthouse(ORIGIN + path, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const scores = CATEGORIES.map((c) => Math.round((result?.lhr.categories[c]?.score ?? 0) * 100));
    console.log(`| ${type} ${path} | ${scores.join(' | ')} |`);
    for (const [id, audit] of Object.entries(result?.lhr.audits ?? {})) {
      if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary') console.log(`    ${type}: ${id} — ${audit.title}`);
    }
  }
} finally {
  chrome.kill();
  stopServer();
}
