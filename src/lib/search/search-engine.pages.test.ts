/**
 * The queries of issue #19 against a small dossier of sentences copied
 * from the development pages (/work/eval/pages), where they failed or
 * found noise.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineFor } from '../../test-support/search-index.ts';
import { buildSearchIndex, type IndexableArticle } from './build-index.ts';
import type { SearchEngine } from './search-engine.ts';
import type { SearchResponse } from './search-types.ts';

const article = (slug: string, title: string, outlet: string, sentences: string[], headings: string[] = []): IndexableArticle => ({
  slug,
  title,
  outlet,
  claims: sentences.map((text, n) => ({ id: `${slug}:${n}`, text })),
  headings,
});

const ARTICLES: IndexableArticle[] = [
  article('taz-siemens', 'Siemens und Luisa Neubauer', 'taz', [
    'Siemens-Chef Joe Kaeser hat die Klimaaktivistin Luisa Neubauer über den Tisch gezogen.',
    'Das alles, um am Sonntag zu verkünden: Siemens wird sich nicht aus seinem Geschäft um die australische Kohlemine Adani zurückziehen.',
    'Kaeser muss also keine sinkenden Umsätze aufgrund von Boykottaufrufen fürchten.',
    'Worum es geht ist das die Kaesers dieser Welt volkswirtschaftliche statt betriebswirtschaftliche Entscheidungen treffen.',
  ]),
  article('sz-flixtrain', 'Deutschlandtakt: Flixbus fürchtet Nachteile', 'SZ', [
    'Bahn-Konkurrenten wie Flixbus fürchten durch den geplanten Deutschlandtakt von Deutscher Bahn und Bundesverkehrsminister Scheuer große Nachteile.',
    'Daniel Scheerer hat seine Mutter beim Zugunglück in Aichach vor einem Jahr verloren.',
    'Scheuer will durch eine Steuersenkung Bahntickets im Fernverkehr günstiger machen.',
    'Es sei nicht zu verstehen, warum Passagiere in Taxis oder dem ICE sieben Prozent Mehrwertsteuer zahlen sollten, im Fernbus aber 19 Prozent, sagt Flixbus-Manager Stenger.',
  ]),
  article('golfpost', 'Premiere für die Golfer', 'Golf Post', [
    'Top-Spieler Tiger Woods Bryson DeChambeau Justin Thomas Dustin Johnson Rory McIlroy.',
  ]),
  article('adac-kindersitze', 'Kindersitze im Test', 'ADAC', [
    'Wer sein Kind ohne Kindersitz mitnimmt, riskiert ein Bußgeld und Punkte in Flensburg.',
  ]),
  article(
    'tagesspiegel-abstandsregeln',
    'Wie Unternehmen die Abstandsregeln umsetzen',
    'Tagesspiegel',
    ['Wer seinen Dienst ebenfalls nicht einstellen konnte, ist die Müllabfuhr.', 'Bislang gab es bei der Berliner Straßenreinigung 13 Infizierte.'],
    ['Die Zeit des gemeinsamen Kaffeetrinkens ist vorbei'],
  ),
];

let engine: SearchEngine;
beforeAll(async () => {
  const entities = [{ id: 'joe-kaeser', name: 'Joe Kaeser', type: 'person', aliases: ['Kaeser'] }];
  ({ engine } = await engineFor(buildSearchIndex({ articles: ARTICLES, entities })));
});

const texts = (r: SearchResponse) => r.claims.map((c) => c.text);

describe('typos of names (issue #19)', () => {
  it.each([
    ['Kaser', /Kaeser/],
    ['Simens', /Siemens/],
    ['Johnsen', /Johnson/],
    ['Scheur', /Scheuer/],
    ['Kaesre', /Kaeser/],
    ['Siemes', /Siemens/],
  ])('%s finds %s first', async (query, written) => {
    const r = await engine.search({ q: `${query} ` });
    expect(r.claims.length).toBeGreaterThan(0);
    expect(texts(r)[0]).toMatch(written);
  });

  it('a typo finds the registry entry as it finds the word: Kaser is Joe Kaeser', async () => {
    expect((await engine.search({ q: 'Kaser ' })).entities.map((e) => e.id)).toEqual(['joe-kaeser']);
    expect((await engine.search({ q: 'Kaesre ' })).entities.map((e) => e.id)).toEqual(['joe-kaeser']);
  });

  it('Scheur finds only the exact Scheuer, not Daniel Scheerer', async () => {
    const r = await engine.search({ q: 'Scheur' });
    expect(texts(r).some((t) => /Scheerer/.test(t))).toBe(false);
  });
});

describe('subheadings (issue #19)', () => {
  it('find their article, and the result shows the subheading with the word marked', async () => {
    const r = await engine.search({ q: 'Kaffeetrinkens' });
    expect(r.articles.map((a) => a.slug)).toEqual(['tagesspiegel-abstandsregeln']);
    const { heading } = r.articles[0]!;
    expect(heading?.marks.map(([s, e]) => heading.text.slice(s, e))).toEqual(['Kaffeetrinkens']);
  });

  it('a word of the title needs no subheading to explain it', async () => {
    const r = await engine.search({ q: 'Abstandsregeln' });
    expect(r.articles[0]!.slug).toBe('tagesspiegel-abstandsregeln');
    expect(r.articles[0]!.heading).toBeUndefined();
  });
});

describe('noise (issue #19)', () => {
  it('Flix Bus finds Flixbus as the compound it is written apart from, and not Bußgeld', async () => {
    const r = await engine.search({ q: 'Flix Bus' });
    expect(r.claims.length).toBeGreaterThan(0);
    for (const text of texts(r)) expect(text).toMatch(/Flixbus/);
  });
});
