/**
 * The cleaner on the five seed articles, as they ship in content/articles.
 * Expectations are written out by hand from reading the raw files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanArticle } from './clean-article.ts';
import type { BoilerplateRule } from './types.ts';

const dir = new URL('../../../test-fixtures/seed-dossier/content/articles/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir), 'utf8');
const rules = (parse(readFileSync(new URL('../boilerplate.yaml', dir), 'utf8')) as { rules: BoilerplateRule[] }).rules;

const seeds = {
  seaprwire: { file: '000_9b40cf4b3cb6ef87.txt', outlet: 'SeaPRwire' },
  unknown: { file: '001_6f10fa47b279544a.txt', outlet: 'Unbekanntes Nachrichtenportal' },
  kirby: { file: '002_dfe8015b3b02bc70.txt', outlet: 'RT DE' },
  ankara: { file: '003_f1290934ed803041.txt', outlet: 'RT DE' },
  sna: { file: '004_bd2a967ae327f507.txt', outlet: 'SNA' },
};

function clean(seed: keyof typeof seeds) {
  const { file, outlet } = seeds[seed];
  const source = read(file);
  return { source, result: cleanArticle(source, { rules, outlet }) };
}

const bodyOf = (seed: keyof typeof seeds) => clean(seed).result.blocks.map((b) => b.text).join('\n');
const removedRules = (seed: keyof typeof seeds) => clean(seed).result.removed.map((r) => r.rule);

describe('SeaPRwire press release (000)', () => {
  it('finds the title below the site slogan', () => {
    expect(clean('seaprwire').result.title).toBe('Russischer Geheimdienstchef telefoniert mit CIA-Chef');
  });
  it('removes slogan, dateline, disclaimer, tag line and about footer, and nothing else', () => {
    expect(removedRules('seaprwire')).toEqual(['seaprwire-tagline', 'press-wire-dateline', 'press-wire-disclaimer', 'industry-tags', 'press-wire-about']);
  });
  it('keeps the lead without its "(SeaPRwire) –" dateline and NBSP', () => {
    const lead = clean('seaprwire').result.blocks[0]!;
    expect(lead.text).toBe('Sergey Naryshkin und John Ratcliffe haben vereinbart, regelmäßigen Kontakt zu pflegen, um die Spannungen zwischen den USA und Russland abzubauen.');
  });
  it('keeps all 11 paragraphs, the last one about Smirnov', () => {
    const { blocks } = clean('seaprwire').result;
    expect(blocks).toHaveLength(11);
    expect(blocks.at(-1)!.text).toMatch(/Dmitry Smirnov hat angedeutet, dass ein Anruf des Präsidenten am Freitag stattfinden könnte\.$/);
  });
});

describe('unknown portal (001)', () => {
  it('drops the navigation and the repeated title, keeps three paragraphs', () => {
    const { result } = clean('unknown');
    expect(result.title).toBe('Naryshkin führte ein Telefongespräch mit dem Chef der CIA');
    expect(result.blocks).toHaveLength(3);
    expect(result.removed.map((r) => [r.rule, r.text])).toEqual([
      ['repeated-title', 'Naryshkin führte ein Telefongespräch mit dem Chef der CIA'],
      ['nav-word', 'Nachrichten'],
      ['no-words', '.'],
      ['nav-word', 'Blog und Artikel'],
      ['nav-word', 'nach oben'],
    ]);
  });
});

describe('Kirby on Ankara (002)', () => {
  it('takes the unpunctuated first line as title and keeps the one long paragraph whole', () => {
    const { result } = clean('kirby');
    expect(result.title).toMatch(/^Top-Spione beider Seiten trafen sich/);
    expect(result.blocks).toHaveLength(1);
    expect(result.blocks[0]!.text).toMatch(/„angelsächsische Zeitungen viele Scherzgeschichten veröffentlichen“\.$/);
    expect(removedRules('kirby')).toEqual(['no-words']);
  });
});

describe('Kommersant on Ankara (003)', () => {
  it('removes the photo credit, the glued teaser and the "Mehr zum Thema" tail', () => {
    expect(clean('ankara').result.removed.map((r) => [r.rule, r.text])).toEqual([
      ['photo-credit', 'Quelle: Sputnik © Pressedienst des russischen Außenministeriums'],
      ['glued-teaser', 'Lawrow: USA und NATO wollen Asien-Pazifik-Raum militarisieren'],
      ['read-more', 'Mehr zum Thema - Kiews Hunger nach Atomwaffen – ein Grund für Russlands Sonderoperation in der Ukraine'],
    ]);
  });
  it('joins the sentences around the glued teaser', () => {
    expect(bodyOf('ankara')).toContain('zu neun Jahren Haft in einer Strafkolonie verurteilt. In den ersten Monaten des bewaffneten Konflikts');
    expect(bodyOf('ankara')).toMatch(/\(SNV-III oder New START\) prüfen\.$/);
  });
});

describe('SNA on the Putin–Biden call (004)', () => {
  it('drops login prompts above the title, credits, captions, the teaser, the live ticker and Cyrillic UI', () => {
    const { result } = clean('sna');
    expect(result.title).toBe('Spannungen um die Ukraine: Telefonat zwischen Putin und Biden für Donnerstag geplant');
    expect(result.removed.map((r) => r.rule)).toEqual([
      'login-prompt', 'login-prompt', 'photo-credit', 'photo-caption', 'nav-word', 'photo-caption', 'teaser-headline',
      'nav-word', 'no-words', 'nav-word', 'nav-word', 'nav-word', 'foreign-script-ui', 'login-prompt', 'login-prompt',
      'nav-word', 'nav-word', 'foreign-script-ui',
    ]);
  });
  it('keeps the subheading as a heading between its paragraphs', () => {
    const { blocks } = clean('sna').result;
    const heading = blocks.findIndex((b) => b.kind === 'heading');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['Moskau fordert Sicherheitsgarantien']);
    expect(blocks[heading - 1]!.text).toMatch(/erklärte der Nationale Sicherheitsrat\.$/);
    expect(blocks[heading + 1]!.text).toMatch(/^Bei der Ukraine und dem Westen läuten/);
    expect(blocks).toHaveLength(11);
  });
});

describe('every seed', () => {
  const boilerplate = [
    'SeaPRwire', 'Drittanbieter', 'Branchen:', 'Deutsche Nachrichtenveranstaltungen', 'Registrierung erfolgreich',
    'Klicken Sie bitte', 'Nachrichten\n', 'Blog und Artikel', 'nach oben', 'Abonnieren', 'Newsticker', 'Neueste oben',
    'loader', 'Live', 'Chats', '©', 'Quelle: Sputnik', 'Symbolbild', 'Archivfoto', 'SNA, 1920', 'Bilddatenbank',
    'Lawrow: USA und NATO', 'Mehr zum Thema', 'Moskau noch unschlüssig', 'Заголовок', 'loggen Sie sich', '\u00a0',
  ];
  for (const seed of Object.keys(seeds) as (keyof typeof seeds)[]) {
    it(`${seeds[seed].file}: no boilerplate in the reading text`, () => {
      const body = `${clean(seed).result.title}\n${bodyOf(seed)}\n`;
      for (const b of boilerplate) expect(body, b).not.toContain(b);
    });
    it(`${seeds[seed].file}: every removal is the source text at its offsets, with a reason`, () => {
      const { source, result } = clean(seed);
      for (const r of result.removed) {
        expect(source.slice(r.start, r.end)).toBe(r.text);
        expect(r.reason.length).toBeGreaterThan(5);
      }
    });
  }
});
