/**
 * Where the browser tests find things, without loading anything: the
 * repository, and the project `npm run build:e2e` builds from the seed
 * fixture for them to test (the live content/ is the curator's).
 */
import { join } from 'node:path';

/** The repository root. */
export const projectRoot = join(import.meta.dirname, '..');

/** The project the shared browser tests run against: this software, the seed fixture as its content (see scripts/build-e2e-site.ts). */
export const e2eSiteRoot = join(projectRoot, '.e2e-site');
