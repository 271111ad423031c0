import { describe, expect, it } from 'vitest';
import { lineSignals } from './line-signals.ts';
import { cannotBeTitle } from './title-features.ts';

const never = (text: string) => cannotBeTitle(text, lineSignals(text));

describe('cannotBeTitle', () => {
  // Lines from development pages (weinkenner.de, iwr.de, mluk.brandenburg.de, livenet.ch).
  it('rules out a labelled detail of the page', () => {
    expect(never('Erstellt: vor 4 Stunden')).toBe(true);
    expect(never('Herausgeber: Nordex SE')).toBe(true);
    expect(never('Sie sind hier: Aktuelles Presseinformationen Land zahlte rund 1,4 Millionen Euro Erlegungsprämie')).toBe(true);
  });
  it('leaves headlines with a colon or a leading "Von" in', () => {
    expect(never('St. Magdalener: Rotweine mit Eleganz und Charakter')).toBe(false);
    expect(never('Von Sprachregeln, Gender-Politik und «ganz normalem Deutsch»')).toBe(false);
  });
});
