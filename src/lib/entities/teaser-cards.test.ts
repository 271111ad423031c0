import { describe, expect, it } from 'vitest';
import type { Block } from '../clean/types.ts';
import { teaserCardBlocks } from './teaser-cards.ts';

const heading = (text: string): Block => ({ kind: 'heading', text, start: 0, end: text.length });
const paragraph = (text: string): Block => ({ kind: 'paragraph', text, start: 0, end: text.length });

// A trade paper's page (development set): cards of other articles, each a headline and its standfirst.
const CARDS = [
  heading('Neue Landesgesellschaft bündelt Energie- und Klimaschutzaktivitäten'),
  paragraph('In Nordrhein-Westfalen ist die neue Landesgesellschaft "NRW.Energy4Climate" gestartet. Sie soll alle operativen Energie- und Klimaschutzaktivitäten im Land bündeln.'),
  heading('Nächster Schritt auf dem Weg zu den EuroSkills in Düsseldorf'),
  paragraph('2027 wollen Deutschland und Luxemburg gemeinsam die EuroSkills ausrichten. Austragungsort soll Düsseldorf werden. Die Messe, die Stadt und das Land Nordrhein-Westfalen unterstützen die beabsichtigte Bewerbung.'),
  heading('Doppelherz: E-Transporter mit Range Extender'),
  paragraph('Die London Electric Vehicle Company (LEVC) fertigt das berühmte Londontaxi heute als E-Transporter mit Range Extender. Wir haben uns das optisch auffällige Nutzfahrzeug VN5 genauer angesehen.'),
  // A headline asked as a question is no heading to the cleaner, but it heads the next card.
  paragraph('Wie sicher ist die E-Ladesäule?'),
  paragraph('E-Ladesäulen sind die Symbole der Mobilitätswende. Was viele Betreiber von E-Ladesäulen auf Firmenparkplätzen nicht wissen: Bei versäumten oder nachlässigen Prüfungen nach der "DGUV-3-Vorschrift" drohen hohe Bußgelder.'),
  // A headline with no standfirst is a card too.
  heading('Fahrbericht: E-Transporter LEVC VN5 mit Range Extender'),
];

// An article's own sections (a tech magazine's report): subheadings over running text.
const SECTIONS = [
  heading('Schredder statt Ofen'),
  paragraph('Bisherige Verfahren beruhen meist darauf, die Akkus einzuschmelzen. So können zwar Kobalt, Nickel und Mangan abgetrennt werden, der Rest aber landet als Schlacke in stillgelegten Bergstollen. Der Prozess ist günstig, aber weder besonders energieeffizient noch umweltfreundlich. Die Recyclingquote liegt lediglich bei 25 Prozent.'),
  paragraph('Duesenfeld hingegen kommt laut Geschäftsführer Christian Hanisch auf eine stoffliche Wiederverwertung von 96 Prozent.'),
  heading('Nur die Folie bleibt zurück'),
  paragraph('Nach dem Schreddern erhält man ein Granulat aus unterschiedlichen Materialien. Sie können mit herkömmlichen Trennprozessen – Gebläse, Siebe oder Magnettrommeln – weiter sortiert werden. Übrig bleibt ein feines schwarzes Pulver. Darin stecken große Anteile an Lithium, Graphit, Nickel, Mangan und Kobalt, die sich wiederverwenden lassen. Nur die Separatorfolie gelangt noch nicht in den Stoffkreislauf zurück.'),
];

describe('teaserCardBlocks', () => {
  it('finds a run of three or more headlines with at most one short paragraph each', () => {
    expect([...teaserCardBlocks([...SECTIONS, ...CARDS])]).toEqual(CARDS.map((_, i) => SECTIONS.length + i));
  });

  it("leaves an article's sections alone: two paragraphs under a heading, or one long one", () => {
    expect(teaserCardBlocks(SECTIONS).size).toBe(0);
    // Three sections of one paragraph each, but of running text (55 words; a standfirst has 45 at most).
    const long = [SECTIONS[3]!, SECTIONS[4]!, SECTIONS[3]!, SECTIONS[4]!, SECTIONS[3]!, SECTIONS[4]!];
    expect(teaserCardBlocks(long).size).toBe(0);
  });

  it("needs three cards: two are a subheading's section and the next", () => {
    expect(teaserCardBlocks(CARDS.slice(0, 4)).size).toBe(0);
    expect(teaserCardBlocks(CARDS.slice(0, 6)).size).toBe(6);
  });
});
