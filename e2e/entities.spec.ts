/**
 * Entities in the built site: the links on names in the articles, the entity
 * pages and the register, checked against each other and against the
 * registry in content/entities.yaml.
 */
import { expect, test, type Page } from '@playwright/test';
import { articleKey } from '../src/lib/claims/draft-claims.ts';
import { loadDossier } from '../src/lib/content/load-dossier.ts';
import { entityLinking } from '../src/lib/pipeline/entity-linking.ts';
import { entitiesPath } from '../src/lib/render/site-paths.ts';
import { articles, pages, siteRoot } from './expected-dossier.ts';
import { listedClaims } from './entity-claims.ts';

const { entities } = await loadDossier(siteRoot);
const NARYSHKIN = 'sergey-naryshkin';

/** The entity id a link's href points to, or undefined for any other link. */
const entityOf = (href: string) => /\/entities\/([^/]+)\/$/.exec(new URL(href, 'http://x').pathname)?.[1];

/** For one article page: each claim's id with the entity ids linked inside its span, and whether it is in the lead (the first paragraph with claims). */
async function linksInClaims(page: Page, slug: string): Promise<Array<{ claim: string; entities: string[]; lead: boolean }>> {
  await page.goto(pages.article(slug));
  const claims = await page.locator('.article-body .claim').evaluateAll((spans) => {
    const first = spans[0]?.parentElement;
    return spans.map((span) => ({
      claim: span.id,
      hrefs: [...span.querySelectorAll('a.entity')].map((a) => (a as HTMLAnchorElement).href),
      lead: span.parentElement === first,
    }));
  });
  return claims.map(({ claim, hrefs, lead }) => ({ claim, entities: hrefs.map((href) => entityOf(href)!), lead }));
}

/** The events each article is about by its title or the curator's `articles:`, as the build decides. */
const linking = entityLinking(entities, '/');

test('every entity has a page listing exactly the claims whose text links to it (and an event the leads of the articles about it), and the register counts them', async ({ page }) => {
  test.setTimeout(120_000);
  const expected = new Map<string, Set<string>>(entities.map((e) => [e.id, new Set()]));
  for (const article of articles) {
    const claims = await linksInClaims(page, article.slug);
    for (const { claim, entities: linked } of claims) {
      for (const id of linked) {
        expect(expected.has(id), `${article.slug} links to an unknown entity ${id}`).toBe(true);
        expected.get(id)!.add(`${article.slug}#${claim}`);
      }
    }
    // An event the article is about but names in no sentence lists the article's lead.
    for (const id of linking.about(article.title.value, articleKey(article.file))) {
      if (claims.some((c) => c.entities.includes(id))) continue;
      for (const { claim } of claims.filter((c) => c.lead)) expected.get(id)!.add(`${article.slug}#${claim}`);
    }
  }
  expect([...expected.values()].filter((claims) => claims.size > 0).length).toBeGreaterThan(40);

  for (const entity of entities) {
    const listed = await listedClaims(page, entity.id);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(entity.name);
    expect(listed.sort(), entity.id).toEqual([...expected.get(entity.id)!].sort());
    if (listed.length === 0) await expect(page.locator('main')).toContainText('Noch nennt keine Aussage');
  }

  await page.goto(entitiesPath('./'));
  for (const entity of entities) {
    const count = expected.get(entity.id)!.size;
    const item = page.locator('.entity-list li').filter({ has: page.locator(`a[href$="/entities/${entity.id}/"]`) });
    await expect(item).toContainText(count === 0 ? 'keine Aussage' : count === 1 ? '1 Aussage' : `${count} Aussagen`);
  }
});

test('the spellings of the seeds land on one entity: the Naryshkin page has his claims from every article naming him', async ({ page }) => {
  const naming = articles.filter((a) => a.cleaned.blocks.some((b) => b.kind === 'paragraph' && /Naryshkin|Naryschkin/.test(b.text)));
  expect(naming.length).toBe(4);
  const listed = await listedClaims(page, NARYSHKIN);
  expect(new Set(listed.map((claim) => claim.split('#')[0]))).toEqual(new Set(naming.map((a) => a.slug)));
  const texts = await page.locator('main .entity-claims li').allTextContents();
  for (const spelling of ['Sergey Naryshkin', 'Sergej Naryschkin', 'Naryschkins', 'SVR-Direktor', 'Chef des SVR']) {
    expect(texts.some((text) => text.includes(spelling)), spelling).toBe(true);
  }
  for (const article of naming) {
    await page.goto(pages.article(article.slug));
    const spellings = await page.locator(`.article-body a.entity[href$="/entities/${NARYSHKIN}/"]`).allTextContents();
    expect(spellings.length, article.slug).toBeGreaterThan(0);
  }
});

test('a reader walks from an article to an entity, on to a claim in another article, and back through its entity link', async ({ page }) => {
  const start = articles.find((a) => a.file.includes('/001_'))!;
  await page.goto(pages.article(start.slug));
  await page.locator('.article-body a.entity', { hasText: 'Sergej Naryschkin' }).first().click();
  await expect(page).toHaveURL(/\/entities\/sergey-naryshkin\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sergej Naryschkin');

  const elsewhere = page.locator('main .entity-article').filter({ hasNot: page.locator(`h3 a[href$="/articles/${start.slug}/"]`) });
  const claim = elsewhere.first().locator('.entity-claims a').first();
  const claimText = (await claim.textContent())!;
  await claim.click();
  await expect(page).not.toHaveURL(new RegExp(`/articles/${start.slug}/`));
  const target = page.locator('.claim:target');
  await expect(target).toBeVisible();
  await expect(target).toContainText(claimText);

  await target.locator(`a.entity[href$="/entities/${NARYSHKIN}/"]`).first().click();
  await expect(page).toHaveURL(/\/entities\/sergey-naryshkin\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sergej Naryschkin');
});

test('the register is linked from every page’s header, and its network is a named group of links with a list to match', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Register' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Register');
  for (const heading of ['Personen', 'Organisationen', 'Orte', 'Ereignisse']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }

  const svg = page.locator('.network svg');
  await expect(svg).toHaveAttribute('role', 'group');
  await expect(page.getByRole('group', { name: 'Netzwerk der gemeinsamen Nennungen' })).toBeVisible();
  const nodes = svg.locator('a');
  expect(await nodes.count()).toBeGreaterThan(40);
  for (const node of await nodes.all()) {
    expect(entityOf((await node.getAttribute('href'))!)).toBeDefined();
    await expect(node.locator('title')).toHaveText(/: \d+ Aussagen?$/);
    await expect(node.locator('text')).not.toHaveText('');
  }
  expect(await svg.locator('line').count()).toBeGreaterThan(0);

  await page.getByText('Die Verbindungen als Liste').click();
  const connections = page.locator('.network-list li').filter({ hasText: /^\s*Sergej Naryschkin:/ });
  await expect(connections).toHaveCount(1);
  await expect(connections.getByRole('link', { name: 'CIA' })).toBeVisible();

  await svg.locator(`a[href$="/entities/${NARYSHKIN}/"]`).click();
  await expect(page).toHaveURL(/\/entities\/sergey-naryshkin\/$/);
});
