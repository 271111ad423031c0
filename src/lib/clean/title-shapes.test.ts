import { describe, expect, it } from 'vitest';
import { lineSignals } from './line-signals.ts';
import { cannotBeTitle } from './title-shapes.ts';

const never = (text: string) => cannotBeTitle(text, lineSignals(text));

describe('cannotBeTitle', () => {
  // Lines from development pages (weinkenner.de, iwr.de, mluk.brandenburg.de, livenet.ch).
  it('rules out a labelled detail of the page', () => {
    expect(never('Erstellt: vor 4 Stunden')).toBe(true);
    expect(never('Herausgeber: Nordex SE')).toBe(true);
    expect(never('Sie sind hier: Aktuelles Presseinformationen Land zahlte rund 1,4 Millionen Euro Erlegungsprämie')).toBe(true);
  });
  // Lines from development pages (biathlonworld.com, eishockeynews.de, ihrwebprofi.at, iwr.de).
  it('rules out a bare date and a list item', () => {
    expect(never('02 Feb. 2022')).toBe(true);
    expect(never('Dienstag, 1. Februar 2022')).toBe(true);
    expect(never('17. September 2011')).toBe(true);
    expect(never('- Gemeinsam entwickelter Versuchsstand reduziert erforderlichen Messaufwand zur Netzintegration signifikant')).toBe(true);
  });
  it('leaves headlines that name a date in', () => {
    expect(never('Liebeshoroskop Januar 2023: Das sagen die Sterne über euer Liebesglück')).toBe(false);
    expect(never('Olympia 2022: Zweiter Coronafall im deutschen Team sorgt für Aufregung')).toBe(false);
    expect(never('Peking 2022 – Eine große Chance für den chinesischen Biathlonsport')).toBe(false);
  });
  // Lines from development pages (medialepfade.de, aussengedanken.de, die-besserwisser.org, forumieren.com).
  it('rules out a byline', () => {
    expect(never('by Danilo Dietsch')).toBe(true);
    expect(never('Von Roland Brockmann und Sebastian Drescher')).toBe(true);
    expect(never('von besserwisser eG')).toBe(true);
    expect(never('von lupa')).toBe(true);
  });
  it('leaves headlines with a colon or a leading "Von" in', () => {
    expect(never('Von der Leyen will Kriegsland Ukraine in EU holen')).toBe(false);
    expect(never('St. Magdalener: Rotweine mit Eleganz und Charakter')).toBe(false);
    expect(never('Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»')).toBe(false);
  });
});
