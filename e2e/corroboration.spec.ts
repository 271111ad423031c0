import { expect, test, type Page } from '@playwright/test';
import { pages } from './expected-dossier.ts';
import { seed } from './seed-articles.ts';
import { tempSite, type TempSite } from './temp-site.ts';

/** The claim span containing `words` on the current page. */
const claim = (page: Page, words: string) => page.locator('.article-body .claim', { hasText: words });

/** The outlet count right after a claim span (only where two or more outlets report it). */
const markAfter = (page: Page, words: string) => claim(page, words).locator('xpath=following-sibling::*[1][contains(@class, "claim-sources")]');

test('a corroborated claim counts its outlets and links to the other report, and back', async ({ page }) => {
  await page.goto(pages.article(seed('000').slug));
  const words = 'Naryshkin und Ratcliffe erörterten auch die Zusammenarbeit';
  const id = await claim(page, words).getAttribute('id');
  const mark = markAfter(page, words);
  await expect(mark).toHaveText('2 Medien');
  await expect(mark).toHaveAttribute('aria-label', /auch von: Unbekanntes Nachrichtenportal/);

  await mark.click();
  const note = page.locator(`#sources-${id}`);
  await expect(note).toContainText('Auch berichtet von: Unbekanntes Nachrichtenportal');
  await note.getByRole('link', { name: 'Unbekanntes Nachrichtenportal' }).click();

  // On the other report: its sentence, its own mark, and a note leading back.
  await expect(page).toHaveURL(new RegExp(`${pages.article(seed('001').slug).slice(2)}#c`));
  const otherId = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${otherId}"]`)).toContainText('erörterten die Leiter der Sonderdienste');
  const back = page.locator(`#sources-${otherId}`).getByRole('link', { name: 'SeaPRwire' });
  await expect(back).toHaveAttribute('href', new RegExp(`#${id}$`));
});

test('reports of one outlet count once: no mark in the text, the note says one outlet', async ({ page }) => {
  await page.goto(pages.article(seed('003').slug));
  await expect(claim(page, 'Die russische Delegation werde von dem Leiter')).toHaveCount(1);
  await expect(markAfter(page, 'Die russische Delegation werde von dem Leiter')).toHaveCount(0);
  await expect(page.locator('.corroboration')).toContainText('(1 Medium)');
});

test('single-source claims carry no mark; the notes count the sentences that stand in this article alone', async ({ page }) => {
  await page.goto(pages.article(seed('000').slug));
  const claims = await page.locator('.article-body .claim').count();
  const marks = await page.locator('.article-body .claim-sources').count();
  expect(marks).toBeGreaterThan(0);
  expect(marks).toBeLessThan(claims);
  await expect(page.locator('.corroboration > p.meta')).toContainText(`von ${claims} Aussagen dieses Artikels`);
});

test('a claim’s own page names its other reports, linked to their claim pages, or says it has one source', async ({ page }) => {
  await page.goto(pages.article(seed('000').slug));
  const id = await claim(page, 'Naryshkin und Ratcliffe erörterten auch die Zusammenarbeit').getAttribute('id');
  const single = await page.locator('.article-body .claim:not(:has(+ .claim-sources))').first().getAttribute('id');

  await page.goto(`./c/${id}/`);
  const note = page.locator('.claim-corroboration');
  await expect(note).toContainText('2 Medien');
  // How sure the match is, said in words; the figure behind it is in the linking, not on the page.
  await expect(note.locator('.match-reasons')).toHaveText(/^(sichere|wahrscheinliche) Übereinstimmung/);
  await note.getByRole('link', { name: 'Unbekanntes Nachrichtenportal' }).click();
  await expect(page.locator('.claim-corroboration').getByRole('link', { name: 'SeaPRwire' })).toHaveAttribute('href', new RegExp(`/c/${id}/$`));

  await page.goto(`./c/${single}/`);
  await expect(page.locator('.claim-corroboration')).toHaveText('Nur eine Quelle: Kein anderer Artikel des Dossiers berichtet diese Aussage.');
});

test('deleting one report of a fact makes the other single-source, though its own file did not change', async ({ page }) => {
  test.setTimeout(120_000);
  const words = 'Naryshkin und Ratcliffe erörterten auch die Zusammenarbeit';
  const otherReport = ' Während des Gesprächs erörterten die Leiter der Sonderdienste die Aussichten einer Zusammenarbeit in Fragen von gemeinsamem Interesse sowie Möglichkeiten zur Lösung von Krisensituationen in der Welt.';
  let site: TempSite | undefined;
  try {
    site = await tempSite();
    const project = site;
    await project.build(Date.UTC(2027, 0, 4) / 1000);
    const url = await project.serve(page);
    const article = `${url}articles/${seed('000').slug}/`;
    await page.goto(article);
    await expect(markAfter(page, words)).toHaveText('2 Medien');
    const id = await claim(page, words).getAttribute('id');

    await project.edit(seed('001').file, otherReport, '');
    // Only the edited article is cleaned again; the other report is re-linked from what the last build stored.
    expect(await project.build(Date.UTC(2027, 0, 5) / 1000)).toMatch(/\(1 cleaned, 4 unchanged, [1-4] re-linked\)/);
    await page.goto(article);
    await expect(markAfter(page, words)).toHaveCount(0);
    await page.goto(`${url}c/${id}/`);
    await expect(page.locator('.claim-corroboration')).toHaveText('Nur eine Quelle: Kein anderer Artikel des Dossiers berichtet diese Aussage.');
    // Nothing changed since: nothing is cleaned or stored again.
    expect(await project.build(Date.UTC(2027, 0, 5) / 1000)).toContain('(0 cleaned, 5 unchanged, 0 re-linked)');
  } finally {
    await site?.dispose();
  }
});
