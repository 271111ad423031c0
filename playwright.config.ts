import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { parse } from 'yaml';

/**
 * End-to-end tests against the seed fixture's site, built into
 * `.e2e-site/dist/` by `npm run build:e2e` (`npm test` does) and served by
 * `astro preview` exactly as a reader gets it. The live content/ is the
 * curator's: the tests neither read nor build it.
 */

/** Debian's Chromium where it is installed (CI, containers), Playwright's own elsewhere. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const launchOptions = {
  ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

/** `E2E_PORT` lets a second checkout run its tests while another holds the default port. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
const HOST = '127.0.0.1';
/** The site is served under the path of its `baseUrl` (see astro.config.mjs); tests use paths relative to it. */
const SITE_ROOT = '.e2e-site';
const SITE_CONFIG = `${SITE_ROOT}/content/dossier.yaml`;
if (!existsSync(SITE_CONFIG)) throw new Error(`${SITE_CONFIG} is missing: run \`npm run build:e2e\` first (\`npm test\` does).`);
const BASE_PATH = new URL(String(parse(readFileSync(SITE_CONFIG, 'utf8')).baseUrl)).pathname;
const BASE_URL = `http://${HOST}:${PORT}${BASE_PATH}`;

export default defineConfig({
  testDir: 'e2e',
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? 'list' : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: BASE_URL,
    launchOptions,
  },
  webServer: {
    // --ignore-lock: a preview server someone keeps running for this project must not stop the tests.
    command: `npm run preview -- --port ${PORT} --host ${HOST} --ignore-lock`,
    cwd: SITE_ROOT,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
  projects: [
    {
      name: 'chromium',
      use: { ...devices['Desktop Chrome'], launchOptions },
      testIgnore: /\.phone\.spec\.ts$/,
    },
    {
      name: 'phone',
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, launchOptions },
      testMatch: /\.phone\.spec\.ts$/,
    },
  ],
});
