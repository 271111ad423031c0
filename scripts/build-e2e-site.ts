/**
 * `npm run build:e2e`: builds the project the browser tests run against,
 * `.e2e-site/`: this software with the seed fixture
 * (test-fixtures/seed-dossier/content/) as its content, never the live
 * content/, which is the curator's. Its build caches and dist/ are kept
 * between runs, so a second build is a warm one.
 */
import { buildProject, seedProject } from '../e2e/temp-site.ts';
import { e2eSiteRoot } from '../e2e/e2e-paths.ts';

await seedProject(e2eSiteRoot);
const log = await buildProject(e2eSiteRoot);
process.stdout.write(log.split('\n').filter((line) => /\[build\] Complete|Dossier built|error/i.test(line)).join('\n') + '\n');
