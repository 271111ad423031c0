/**
 * Permalinks that never break: a copy of the dossier is built, an article of
 * it edited (a typo fixed, a sentence reworded, one deleted, one split in
 * two) and rebuilt. Every claim page and every `#<id>` issued by the first
 * build must still lead somewhere right: the same sentence, its successor,
 * or a tombstone saying when it was withdrawn. And the rebuild, which kept
 * every page it found unchanged, must be what a cold build makes.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readClaimPages } from './claim-page-facts.ts';
import { readTree, tempSite, type TempSite } from './temp-site.ts';

/** Build dates of the two builds (SOURCE_DATE_EPOCH): 4 and 5 January 2027. */
const FIRST_BUILD = Date.UTC(2027, 0, 4) / 1000;
const REBUILD = Date.UTC(2027, 0, 5) / 1000;
const REBUILD_DATE = '5. Januar 2027';

const SEED = 'content/articles/004_bd2a967ae327f507.txt';
const typo = {
  before: 'Das Gespräch wurde nach Angaben des Weißen Hauses von der russischen Seite initiiert.',
  after: 'Das Gespräch wurde nach Angaben des Weissen Hauses von der russischen Seite initiiert.',
};
const reworded = {
  before: 'Die genaue Uhrzeit wurde zunächst weder in Washington noch in Moskau mitgeteilt.',
  after: 'Die genaue Uhrzeit wurde zunächst weder in Washington noch in Moskau bekanntgegeben.',
};
const deleted = 'Befürchtet wird, dass es zu einem Angriff seitens Russlands auf das Nachbarland kommen könnte.';
const split = {
  before: 'Es gibt Themen, bei denen wir erhebliche Fortschritte erzielen können, und es gibt Themen, bei denen wir nicht einer Meinung sein werden.',
  after: [
    'Es gibt Themen, bei denen wir erhebliche Fortschritte erzielen können.',
    'Und es gibt Themen, bei denen wir nicht einer Meinung sein werden.',
  ],
};

interface IssuedClaim {
  slug: string;
  text: string;
}

/** Where `#<id>` lands on an article page: the sentence carrying the id (or an older id of it), or its entry among the withdrawn. */
interface Landing {
  kind: 'claim' | 'withdrawn' | 'none';
  id?: string;
  text?: string;
  href?: string;
}

/** Every claim of every built article page: id → article slug and text. */
async function issuedClaims(page: Page, site: string, slugs: string[]): Promise<Map<string, IssuedClaim>> {
  const claims = new Map<string, IssuedClaim>();
  for (const slug of slugs) {
    await page.goto(`${site}articles/${slug}/`);
    const onPage = await page.locator('.article-body .claim').evaluateAll((spans) =>
      spans.map((span) => {
        const copy = span.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.claim-link').forEach((link) => link.remove());
        return { id: span.id, text: (copy.textContent ?? '').trim() };
      }),
    );
    for (const { id, text } of onPage) claims.set(id, { slug, text });
  }
  return claims;
}

/** Where each of `ids` lands on the article page open in `page`. */
function landings(page: Page, ids: string[]): Promise<Landing[]> {
  return page.evaluate((ids) =>
    ids.map((id): Landing => {
      const anchor = document.getElementById(id);
      const claim = anchor?.closest('.claim');
      if (claim) {
        const copy = claim.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.claim-link').forEach((link) => link.remove());
        return { kind: 'claim', id: claim.id, text: (copy.textContent ?? '').trim() };
      }
      const withdrawn = anchor?.closest('.withdrawn-claim');
      if (withdrawn) return { kind: 'withdrawn', text: withdrawn.querySelector('q')?.textContent ?? '', href: withdrawn.querySelector('a')?.getAttribute('href') ?? '' };
      return { kind: 'none' };
    }),
  ids);
}

test('every permalink issued before an article was edited still leads to the sentence, its successor or a tombstone', async ({ page }) => {
  test.setTimeout(180_000);
  let site: TempSite | undefined;
  try {
    site = await tempSite();
    const project = site;
    await test.step('first build', () => project.build(FIRST_BUILD));
    const url = await project.serve(page);
    const base = new URL(url).pathname;
    const slugs = (await readdir(join(project.dist, 'articles'))).sort();
    const before = await issuedClaims(page, url, slugs);
    const idOf = (text: string) => [...before].find(([, c]) => c.text === text)?.[0];
    const edited = { typo: idOf(typo.before), reworded: idOf(reworded.before), deleted: idOf(deleted), split: idOf(split.before) };
    for (const [edit, id] of Object.entries(edited)) expect(id, `the sentence for the ${edit} is a claim`).toBeDefined();
    const editedSlug = before.get(edited.typo!)!.slug;

    await test.step('edit the copy of one article and rebuild', async () => {
      await project.edit(SEED, typo.before, typo.after);
      await project.edit(SEED, reworded.before, reworded.after);
      await project.edit(SEED, `${deleted} `, '');
      await project.edit(SEED, split.before, split.after.join(' '));
      const log = await project.build(REBUILD);
      // Typo, rewording and split move their ids (the split's to one half), the deletion withdraws one.
      expect(log).toContain('4 new, 3 moved, 1 withdrawn, 0 restored');
    });

    const after = await issuedClaims(page, url, slugs);
    const idNow = (text: string) => [...after].find(([, c]) => c.text === text)?.[0];
    /** Where each edited id must lead now; every other id to itself, unchanged. */
    const successors = new Map<string, string[]>([
      [edited.typo!, [typo.after]],
      [edited.reworded!, [reworded.after]],
      [edited.split!, split.after],
    ]);

    await test.step('every issued /c/<id>/ page exists and says what became of the sentence', async () => {
      const ids = [...before.keys()];
      const pages = await readClaimPages(page, ids.map((id) => `${url}c/${id}/`));
      for (const [i, id] of ids.entries()) {
        const claimPage = pages[i]!;
        expect(claimPage.status, id).toBe(200);
        const successor = successors.get(id);
        if (id === edited.deleted) {
          expect(claimPage.heading).toBe('Diese Aussage wurde zurückgezogen');
          expect(claimPage.text).toContain(`Zurückgezogen am ${REBUILD_DATE}.`);
          expect(claimPage.text).toContain(deleted);
        } else if (successor) {
          expect(claimPage.heading, id).toBe('Diese Aussage wurde überarbeitet');
          const now = claimPage.inContext.split('#')[1]!;
          expect(successor).toContain(after.get(now)?.text);
          expect(claimPage.canonical).toBe(`${url}c/${now}/`);
          expect(claimPage.text).toContain(before.get(id)!.text);
        } else {
          expect(claimPage.inContext, id).toBe(`${base}articles/${before.get(id)!.slug}/#${id}`);
          expect(after.get(id)?.text).toBe(before.get(id)!.text);
        }
      }
    });

    await test.step('every issued #<id> is still an anchor on its article page', async () => {
      for (const slug of slugs) {
        const ids = [...before].filter(([, c]) => c.slug === slug).map(([id]) => id);
        await page.goto(`${url}articles/${slug}/`);
        const landed = await landings(page, ids);
        for (const [i, id] of ids.entries()) {
          const landing = landed[i]!;
          if (id === edited.deleted) {
            expect(landing).toEqual({ kind: 'withdrawn', text: deleted, href: `${base}c/${id}/` });
          } else {
            expect(landing.kind, id).toBe('claim');
            expect(successors.get(id) ?? [before.get(id)!.text]).toContain(landing.text);
          }
        }
      }
    });

    await test.step('in Chromium, an old #<id> scrolls to and highlights its successor, and the tombstone leads to the article', async () => {
      await page.goto(`${url}articles/${editedSlug}/#${edited.typo}`);
      const highlighted = page.locator('.claim:has(> .claim-alias:target)');
      await expect(highlighted).toHaveCount(1);
      await expect(highlighted).toBeInViewport();
      await expect(highlighted).toHaveAttribute('id', idNow(typo.after)!);
      expect(await highlighted.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

      await page.goto(`${url}c/${edited.deleted}/`);
      await page.getByRole('link', { name: /^Zum Artikel/ }).click();
      await expect(page).toHaveURL(`${url}articles/${editedSlug}/`);
      await page.goto(`${url}articles/${editedSlug}/#${edited.deleted}`);
      await expect(page.locator('.withdrawn-claim:target')).toBeInViewport();
    });

    await test.step('the rebuilt site is, file for file, what a cold build of the edited dossier makes', async () => {
      // The warm build kept what it judged unchanged: its own pages by stamp, Astro's by cache key.
      const warm = await readTree(project.dist);
      await project.clean();
      await project.build(REBUILD);
      const cold = await readTree(project.dist);
      expect([...warm.keys()].sort()).toEqual([...cold.keys()].sort());
      const differing = [...cold].filter(([path, bytes]) => !warm.get(path)?.equals(bytes)).map(([path]) => path);
      expect(differing).toEqual([]);
    });
  } finally {
    await site?.dispose();
  }
});

