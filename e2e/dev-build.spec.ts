/**
 * The preview a curator checks is the code that publishes: `astro dev`
 * renders every kind of page as the build writes it. A build writes claim,
 * article and original pages from frames (src/integrations/page-writer.ts)
 * and the dev server renders the same documents through the layout on
 * request; the other pages are Astro components in both. One page of each
 * kind is fetched from a dev server on a copy of the seed dossier and
 * compared with the page the build wrote, in what a reader and a crawler
 * get: the title, the head's metadata and JSON-LD, and `<main>`. Only what
 * Vite does differently in dev is set aside: its scripts and the asset
 * URLs it serves from source.
 */
import { expect, test } from '@playwright/test';
import { builtHtml } from './expected-dossier.ts';
import { startDevServer, tempSite, type DevServer, type TempSite } from './temp-site.ts';

let site: TempSite;
let dev: DevServer | undefined;

/** The parts of a page a reader and a crawler get, with dev-only script and asset URLs set aside. */
function essentials(html: string): { title: string[]; meta: string[]; links: string[]; jsonLd: string[]; main: [string] } {
  const head = html.match(/<head>[\s\S]*?<\/head>/)?.[0] ?? '';
  const all = (pattern: RegExp, text = head) => [...text.matchAll(pattern)].map((m) => m[0]);
  const main = (html.match(/<main[\s\S]*<\/main>/)?.[0] ?? '')
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/ data-astro-[a-z-]+(="[^"]*")?/g, '');
  return {
    title: all(/<title>[^<]*<\/title>/g),
    meta: all(/<meta (?:name|property)="(?:description|robots|og:[a-z:]+|article:[a-z_]+|twitter:[a-z]+)"[^>]*>/g),
    links: all(/<link rel="(?:canonical|alternate|prev|next)"[^>]*>/g),
    jsonLd: all(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, html),
    main: [main] as [string],
  };
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  site = await tempSite();
  dev = await startDevServer(site.root);
});

test.afterAll(async () => {
  dev?.stop();
  await site?.dispose();
});

/** A page of each kind, below the base; the claim and entity are read off the built home and article pages. */
function pagesOfEachKind(): Record<string, string> {
  const home = builtHtml('');
  const article = home.match(/href="[^"]*\/(articles\/[a-z0-9-]+\/)"/)?.[1];
  expect(article, 'an article on the built home page').toBeDefined();
  const articleHtml = builtHtml(article!);
  const claim = articleHtml.match(/href="[^"]*\/(c\/c[0-9a-z]{10}\/)"/)?.[1];
  const entity = articleHtml.match(/href="[^"]*\/(entities\/[a-z0-9-]+\/)"/)?.[1];
  expect(claim, 'a permalink on the built article page').toBeDefined();
  expect(entity, 'an entity link on the built article page').toBeDefined();
  return { home: '', article: article!, original: `${article!}original/`, claim: claim!, entity: entity!, entities: 'entities/', timeline: 'timeline/', search: 'search/' };
}

test('astro dev renders every kind of page as the build wrote it', async () => {
  test.setTimeout(180_000);
  for (const [kind, path] of Object.entries(pagesOfEachKind())) {
    const response = await fetch(`${dev!.origin}${path}`);
    expect(response.status, `${kind} page ${path} in astro dev`).toBe(200);
    const built = essentials(builtHtml(path));
    expect(built.title, `${kind} page ${path} has a title`).toHaveLength(1);
    expect(built.main[0].length, `${kind} page ${path} has a <main>`).toBeGreaterThan(200);
    expect(essentials(await response.text()), `${kind} page ${path}: dev against build`).toEqual(built);
  }
});
