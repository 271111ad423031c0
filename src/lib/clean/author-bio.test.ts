import { describe, expect, it } from 'vitest';
import { authorBioLines } from './author-bio.ts';

const bios = (lines: string[]) => authorBioLines(lines).map((i) => lines[i]);

describe('authorBioLines', () => {
  // chip.de (development page): the byline names the author, the bio after the text opens with the name.
  it('finds the bio of the author the byline names', () => {
    const lines = [
      'Das perfekte Steak aus dem Discounter-Grill',
      '',
      '19.03.2019 11:45 | von Inga Buller',
      '',
      'Beef Maker von Aldi im Praxistest',
      'Inga Buller',
      '',
      'Inga Buller ist Head of Social & Community bei CHIP. Wenn sie gerade nichts bei Ebay Kleinanzeigen verkauft, testet sie gerne neue Haushalts-Gadgets wie Staubsaugerroboter, Sous-vide-Garer oder smarte Fleisch-Thermometer.',
    ];
    expect(bios(lines)).toEqual([lines[7]]);
  });
  // erp-news.info: no byline, an author box with the name on its own line.
  it('finds the bio under an author box heading', () => {
    const lines = ['Matthias Weber', '', 'Matthias Weber ist ERP-Experte mit langjähriger Berufserfahrung. Seit über 14 Jahren bin ich in der ERP-Branche tätig und betreue ERP-Projekt von Anfang an.'];
    expect(bios(lines)).toEqual([lines[2]]);
  });
  // livenet.ch: the article is about the person a caption and a book credit name ("Camino von Birgit Kelle").
  it('leaves a paragraph about the subject of the article alone', () => {
    const lines = [
      'Birgit Kelle (Bild: Facebook)',
      'Birgit Kelle ist mit Büchern und Vorträgen engagierte Kämpferin gegen das Gender-Mainstreaming. Nun hat sie auch ein Buch über ihre Erfahrungen auf dem Jakobsweg geschrieben! Florian Wüthrich führte mit ihr einen Livenet-Talk.',
      'Das Buch «camino» von Birgit Kelle',
      'Camino von Birgit Kelle',
    ];
    expect(bios(lines)).toEqual([]);
  });
  // vinosytapas.de: a shop widget has the shape of an author box.
  it('takes no pronoun for a name', () => {
    expect(bios(['Ihr Warenkorb', 'Ihr Warenkorb ist leer'])).toEqual([]);
  });
});
