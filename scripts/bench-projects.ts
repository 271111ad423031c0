/**
 * Throwaway Astro projects for the build benchmark: a copy of Dossier with a
 * synthetic content/ folder, and the bare reference (Astro's glob() loader,
 * one plain Markdown page per article, a minimal layout). Both get their own
 * node_modules made of links into this repository's, so each has its own
 * content cache (node_modules/.astro) and a cold build is really cold.
 */
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const REPO = new URL('..', import.meta.url).pathname;

async function linkNodeModules(project: string): Promise<void> {
  const target = join(project, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(join(REPO, 'node_modules'))) {
    if (name === '.astro' || name === '.vite') continue; // caches stay per project
    await symlink(join(REPO, 'node_modules', name), join(target, name));
  }
}

/** A copy of Dossier's code in `dir`, ready for a content/ folder. */
export async function dossierProject(dir: string): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(join(REPO, entry), join(dir, entry), { recursive: true });
  }
  await linkNodeModules(dir);
  return dir;
}

/** The bare reference project in `dir` with one Markdown page per `{ slug, title, text }`. */
export async function bareProject(dir: string, articles: readonly { slug: string; title: string; text: string }[]): Promise<string> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src/pages'), { recursive: true });
  await mkdir(join(dir, 'articles'), { recursive: true });
  await linkNodeModules(dir);
  await writeFile(join(dir, 'package.json'), '{ "type": "module", "private": true }\n');
  await writeFile(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ markdown: { syntaxHighlight: false }, devToolbar: { enabled: false } });\n");
  await writeFile(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: './articles' }), schema: z.object({ title: z.string() }) }) };
`,
  );
  await writeFile(
    join(dir, 'src/pages/[slug].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="de"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  );
  await writeFile(
    join(dir, 'src/pages/index.astro'),
    `---
import { getCollection } from 'astro:content';
const articles = await getCollection('articles');
---
<html lang="de"><head><meta charset="utf-8" /><title>Dossier</title></head>
<body><ul>{articles.map((a) => <li><a href={'/' + a.id + '/'}>{a.data.title}</a></li>)}</ul></body></html>
`,
  );
  for (const a of articles) {
    await writeFile(join(dir, 'articles', `${a.slug}.md`), `---\ntitle: ${JSON.stringify(a.title)}\n---\n\n${a.text}\n`);
  }
  return dir;
}
