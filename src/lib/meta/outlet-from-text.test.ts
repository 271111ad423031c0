import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, SEED_ROOT, seedNames } from '../../test-support/temp-project.ts';
import { outletFromText, wireInDateline } from './outlet-from-text.ts';

const devPage = (name: string) => readFile(join(REPO_ROOT, 'src/test-support/dev-pages', name), 'utf8');

const ARTICLE = 'Die Regierung hat am Dienstag ein Gesetz beschlossen, das lange erwartet worden war und viele Menschen im ganzen Land betrifft. Die Opposition kritisierte den Beschluss.';

describe('outletFromText on real pages', () => {
  it('takes the copyright line that the address in the furniture confirms (5min.at)', async () => {
    expect(outletFromText(await devPage('5min.at-Villachs.txt'))).toEqual({ name: '5min.at', evidence: 'Copyright 2023 - 5min.at' });
  });

  it('takes the address the furniture repeats (motorsport-magazin.com)', async () => {
    expect(outletFromText(await devPage('motorsport-magazin.com-alphatauri.txt'))).toMatchObject({ name: 'Motorsport-Magazin.com' });
  });

  it('names no outlet for a text that does not name itself (taz.de excerpt, the seeds)', async () => {
    expect(outletFromText(await devPage('taz.de.siemens.head.txt'))).toBeUndefined();
    for (const name of await seedNames()) expect(outletFromText(await readFile(join(SEED_ROOT, 'content/articles', name), 'utf8'))).toBeUndefined();
  });
});

describe('outletFromText is unsure rather than wrong', () => {
  it('does not take a publisher named only on the copyright line', () => {
    expect(outletFromText(`Titel\n${ARTICLE}\n© 2020 Tamedia. All Rights Reserved\n`)).toBeUndefined();
  });

  it('takes a copyright name that two more lines of furniture repeat', () => {
    const text = `Golf Post\nTitel\n${ARTICLE}\nGolf Post Newsletter\n© 2012 — 2022 Golf Post AG\n`;
    expect(outletFromText(text)).toEqual({ name: 'Golf Post', evidence: '© 2012 — 2022 Golf Post AG' });
  });

  it('passes over photo credits, site builders and agencies', () => {
    expect(outletFromText(`Titel\n${ARTICLE}\nAmrumbank West Topside Installation 28.04.2014 © E.ON Climate & Renewables/Matthias Ibeler\n`)).toBeUndefined();
    expect(outletFromText(`Titel\n${ARTICLE}\nFoto: © dpa 2020\n© 2023 Powered by Minute Media - Alle Rechte vorbehalten\n`)).toBeUndefined();
    expect(outletFromText(`Titel\nBERLIN (dpa) – ${ARTICLE}\n`)).toBeUndefined();
  });

  it('does not count sharing platforms as the site', () => {
    expect(outletFromText(`Titel\n${ARTICLE}\nfacebook.com\ntwitter.com\nfacebook.com\n`)).toBeUndefined();
  });
});

describe('wireInDateline', () => {
  it('names the agency of a dateline, which is the source, not the outlet', () => {
    expect(wireInDateline(`Titel\nBERLIN (dpa) – ${ARTICLE}`)).toEqual({ name: 'dpa', evidence: 'BERLIN (dpa) –' });
    expect(wireInDateline(`Zürich (SDA/AFP): ${ARTICLE}`)?.name).toBe('SDA/AFP');
    expect(wireInDateline(`Die Partei (SPD) – ${ARTICLE}`)).toBeUndefined();
  });
});
