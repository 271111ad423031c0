import { describe, expect, it } from 'vitest';
import { titleInputOf } from './classify-lines.ts';
import { sourceLines } from './source-lines.ts';
import { TITLE_FEATURES } from './title-features.ts';
import { candidateFeatures, titleWindow } from './title-line.ts';

describe('title features of the headline block', () => {
  const featuresOf = (text: string) => {
    const input = titleWindow(titleInputOf(sourceLines(text), { rules: [], overrides: { keep: [], drop: [] }, outletLines: undefined, language: 'de' }));
    const vectors = candidateFeatures(input);
    return (line: string, feature: (typeof TITLE_FEATURES)[number]) => {
      const k = input.candidates.findIndex((i) => input.texts[i] === line);
      expect(k, line).toBeGreaterThanOrEqual(0);
      return vectors[k]![TITLE_FEATURES.indexOf(feature)];
    };
  };
  // missy-magazine.de: the headline is printed twice, under the columnist's name.
  const missy = [
    'Home', 'Kolumnen', 'Evan Tepest', 'Interabled Sex Education', 'Interabled Sex Education', '',
    'Evan Tepest und Selma Kay Matter beschreiben, wie Dating zwischen chronisch kranker und able-bodied Person aussehen kann.', '',
    'Kolumnist*in: Evan Tepest', '',
    'Evans Kolumne macht auf Paarberatung – für Aron und Gianni. Das queere Couple hat sich an „Triple Water“ gewendet und gefragt: Dating zwischen chronisch kranker und able-bodied Person – wie soll das gehen? Um das zu beantworten, hat Evan sich Selma Kay Matter ins Boot geholt.',
  ].join('\n');
  it('sees a headline printed twice', () => {
    const feature = featuresOf(missy);
    expect(feature('Interabled Sex Education', 'echoedNearby')).toBe(1);
    expect(feature('Evan Tepest', 'echoedNearby')).toBe(0);
  });
  // bundesrat.de: the kicker glued to the headline, under the headline alone.
  const bundesrat = [
    'Textarchiv', 'Erinnerung an die Opfer der NS-Verbrechen', 'Holocaust-Gedenktag Erinnerung an die Opfer der NS-Verbrechen', '',
    '77 Jahre nach der Befreiung des Konzentrationslagers Auschwitz gedachte Deutschland am 27. Januar 2022 der vielen Millionen Opfer des Nationalsozialismus. Bundesratspräsident Bodo Ramelow nahm zusammen mit Vertreterinnen und Vertretern der anderen Verfassungsorgane an den Gedenkveranstaltungen in der Hauptstadt teil.',
  ].join('\n');
  it('sees a kicker glued to the headline above it', () => {
    const feature = featuresOf(bundesrat);
    expect(feature('Holocaust-Gedenktag Erinnerung an die Opfer der NS-Verbrechen', 'embedsNeighbour')).toBe(1);
    expect(feature('Erinnerung an die Opfer der NS-Verbrechen', 'embedsNeighbour')).toBe(0);
  });
  // ok-magazin.de: the headline under a breadcrumb trail that ends in it.
  const okMagazin = [
    'Gewinnspiele', 'Startseite>People>Real Life>Horror-Fund! Instagram-Star (†24) einbetoniert', 'Horror-Fund! Instagram-Star (†24) einbetoniert',
    'Die Polizei fand die Leiche von Esmeralda Merlot', '1/2', '© Instagram/esmeralda_merlot', '', 'Instagram-Star Esmeralda Merlot ist tot.', '',
    'Kaum zu fassen, dass diese Story wirklich passiert ist: Instagram-Star Esmeralda Merlot, †24, wurde vor Wochen kaltblütig ermordet und mit Beton übergossen. Jetzt wurde ihre Leiche entdeckt.',
  ].join('\n');
  it('sees the line under a breadcrumb trail', () => {
    const feature = featuresOf(okMagazin);
    expect(feature('Horror-Fund! Instagram-Star (†24) einbetoniert', 'afterTrail')).toBe(1);
    expect(feature('Die Polizei fand die Leiche von Esmeralda Merlot', 'afterTrail')).toBe(0);
  });
  // volksstimme.ch: a quotation as the headline, a subheading above the first paragraph.
  const volksstimme = [
    'Archiv Online', '«Gute Löhne alleine reichen nicht»', '07.11.2023 Ormalingen, Ormalingen, Baselbiet', '', 'So bleibt man als Arbeitgeber attraktiv', '',
    'Das Zentrum Ergolz lud zur Gesprächsrunde ein. Die Teilnehmenden sprachen darüber, wie Arbeitgeber in Zeiten des Fachkräftemangels genügend Personal finden. Mit dabei: der Personalchef des bei Arbeitnehmern beliebtesten ...',
  ].join('\n');
  it('sees a headline that is one quotation', () => {
    const feature = featuresOf(volksstimme);
    expect(feature('«Gute Löhne alleine reichen nicht»', 'quoted')).toBe(1);
    expect(feature('So bleibt man als Arbeitgeber attraktiv', 'quoted')).toBe(0);
  });
});
