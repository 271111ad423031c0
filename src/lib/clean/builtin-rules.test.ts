import { describe, expect, it } from 'vitest';
import { LINE_RULES } from './builtin-rules.ts';
import { lineSignals } from './line-signals.ts';

const ruleOf = (text: string) => LINE_RULES.find((r) => r.test(text, lineSignals(text)))?.id;

describe('built-in line rules', () => {
  // Post footers of blogs on development pages (knowledge-on-air.de, whiskyverkostung.com, strafprozess.ch).
  it('drops a blog post footer that names its categories and tags', () => {
    expect(ruleOf('Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin, gkc19 von Simon Dückert. Permanentlink.')).toBe('industry-tags');
    expect(
      ruleOf(
        'Der Beitrag wurde am Mittwoch, den 27. November 2019 um 15:21 Uhr veröffentlicht und wurde unter Allgemein, Region Halle - Leipzig, Tastings & Events, Veranstaltungskalender abgelegt. Du kannst die Kommentare zu diesen Eintrag durch den RSS 2.0 Feed verfolgen. Kommentare sind derzeit geschlossen, aber Du kannst dennoch einen Trackback auf deiner Seite einrichten.',
      ),
    ).toBe('industry-tags');
    expect(ruleOf('Dieser Beitrag wurde am 04/02/2020 von kj in Bundesgericht BGer, SVG, Vorsatz veröffentlicht. Schlagworte: StGB 12, SVG 100, SVG 90.')).toBe('industry-tags');
  });
  // Numbered figure captions (slf.ch, waldwiesen.net).
  it('drops the caption of a numbered figure', () => {
    expect(ruleOf('Abbildung 5: Oberflächenreif in einem Nordhang bei Panex (VD), 922 m (Foto: V. Berret, 19.01.2022).')).toBe('photo-caption');
    expect(ruleOf('Abb. 2: Holzschiffswerft um 1840 (Foto: Deutsches Museum, München, Archiv, BN33542)')).toBe('photo-caption');
  });
  // Article text (slf.ch): a sentence that cites a figure is no caption.
  it('keeps a sentence that cites a figure', () => {
    expect(
      ruleOf('Ein ganz anderes, viel positiveres Bild zeigten die Lawinenauslösungen: Über die gesamte Wochenberichtsperiode wurden nur einzelne, durch Personen ausgelöste Lawinen registriert (Abb. 4).'),
    ).toBeUndefined();
  });
});
