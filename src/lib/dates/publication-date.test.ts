import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import { findGermanDates } from './german-dates.ts';
import { extractPublicationDate } from './publication-date.ts';

async function seed(prefix: string): Promise<string> {
  const name = (await seedNames()).find((n) => n.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFile(join(SEED_ROOT, 'content/articles', name), 'utf8');
}

const devPage = (name: string) => readFile(join(REPO_ROOT, 'src/test-support/dev-pages', name), 'utf8');

describe('extractPublicationDate on real pages', () => {
  it('reads "Veröffentlicht am …, 14:09 / ©5min.at" (5min.at)', async () => {
    const text = await devPage('5min.at-Villachs.txt');
    expect(extractPublicationDate(text)).toMatchObject({ iso: '2023-11-05', evidence: 'am 5. November 2023' });
  });

  it('takes the date under the headline over later teaser dates (motorsport-magazin.com)', async () => {
    const text = await devPage('motorsport-magazin.com-alphatauri.txt');
    expect(findGermanDates(text).map((d) => d.iso)).toContain('2021-11-16');
    expect(extractPublicationDate(text)).toMatchObject({ iso: '2022-02-02', evidence: '02.02.2022' });
  });

  it('reads "13. 1. 2020" (with thin spaces) beside the article over the later dates of the comments (taz.de)', async () => {
    const text = await devPage('taz.de.siemens.head.txt');
    expect(findGermanDates(text).some((d) => d.iso > '2020-01-13')).toBe(true);
    expect(extractPublicationDate(text)).toMatchObject({ iso: '2020-01-13', evidence: '13.\u20091.\u20092020' });
  });

  it('prefers the publication cue to an update cue, and both to a bare date', () => {
    const text = 'Meistgelesen\n1. März 2024\nTitel des Artikels\nAktualisiert am 4. März 2024\nVeröffentlicht am 2. März 2024\n' +
      'Ein langer Absatz mit vielen Wörtern, der den eigentlichen Text des Artikels bildet und am 28. Februar 2024 begonnen hat, wie es heißt, und noch weiter geht.\n';
    expect(extractPublicationDate(text)?.iso).toBe('2024-03-02');
    expect(extractPublicationDate(text.replace(/Veröffentlicht am 2\. März 2024\n/, ''))?.iso).toBe('2024-03-04');
  });

  it('takes a dateline opening the body, but not an event date opening its first sentence', () => {
    const rest = 'hat die Regierung ein Gesetz beschlossen, das lange erwartet worden war und viele Menschen im ganzen Land betrifft, wie es hieß. Am 20. Juni 2024 soll es gelten.';
    expect(extractPublicationDate(`Titel\n\nBERLIN (dpa), 3. Juni 2024 – Nach langem Streit ${rest}\n`)?.iso).toBe('2024-06-03');
    expect(extractPublicationDate(`Titel\n\nAm 3. Juni 2024 ${rest}\n`)?.iso).toBe('2024-06-20');
  });

  it('does not take a date as updated from a sentence that only mentions an update', () => {
    const prose = 'Die Verwaltung prüft die Spenden des Vereins, wie es aus den Unterlagen hervorgeht, die uns vorliegen, und wie eine Sprecherin der Behörde am Montag auf Anfrage bestätigte.';
    const text = `Titel\n14.05.2019\n${prose}\nUpdate 16.04.2019: Jetzt ist es amtlich, die Verwaltung verhängt eine Strafe, wie aus den Unterlagen hervorgeht, die uns seit Montag vorliegen.\n`;
    expect(extractPublicationDate(text)?.iso).toBe('2019-05-14');
  });
});

describe('extractPublicationDate on the seeds', () => {
  it('001 states "am 12. März 2025" in running text only', async () => {
    expect(extractPublicationDate(await seed('001'))).toMatchObject({ iso: '2025-03-12', evidence: 'am 12. März 2025' });
  });

  it('004 takes the caption date before the body, 29.12.2021, over the later caption 27.12.2021', async () => {
    const text = await seed('004');
    expect(findGermanDates(text).map((d) => d.iso)).toEqual(['2021-12-29', '2021-12-27']);
    expect(extractPublicationDate(text)).toMatchObject({ iso: '2021-12-29', evidence: '29.12.2021' });
  });

  it('000, 002 and 003 state no full date', async () => {
    for (const prefix of ['000', '002', '003']) expect(extractPublicationDate(await seed(prefix))).toBeUndefined();
  });
});
