import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page.ts';
import { visibleText, type DomNode } from './visible-text.ts';

const textOf = (html: string) => visibleText(parsePage(html).documentElement as unknown as DomNode).lines.map((l) => l.text);

describe('parsePage', () => {
  it('reads the page behind a server’s warnings printed before <html>', () => {
    // colours-of-the-soul.alhelm.net (development set): PHP warnings ahead of the page became linkedom's root element.
    const html =
      '<br />\n<b>Deprecated</b>:  Assigning the return value of new by reference is deprecated in <b>/www/htdocs/w00a2ebd/wp-settings.php</b> on line <b>520</b><br />\n' +
      '<!DOCTYPE html><html lang="de"><head><title>Colours of the Soul</title></head><body><div class="text"><p>1 Projektfahrplan-Brosch&#252;re<br />\n' +
      'Einen <em>Paralel-Scan</em>: Dieser nutzt die Dual- und QuadCore-Computer.</p></div></body></html>';
    expect(parsePage(html).documentElement.nodeName.toLowerCase()).toBe('html');
    expect(textOf(html)).toEqual(['1 Projektfahrplan-Broschüre', 'Einen Paralel-Scan: Dieser nutzt die Dual- und QuadCore-Computer.']);
  });

  it('moves content written inside <head> into the body, as a browser does', () => {
    // volksstimme.ch: the article's <div> opens before </head>.
    const html =
      '<html><head><meta charset="utf-8"><title>«Gute Löhne alleine reichen nicht»</title><div class="content"><p>So bleibt man als Arbeitgeber attraktiv</p>' +
      '<p>Das Zentrum Ergolz lud zur Gespr&auml;chsrunde ein.</p></div><script>var x = 1;</script></head><body><p>Impressum</p></body></html>';
    const document = parsePage(html);
    expect(textOf(html)).toEqual(['So bleibt man als Arbeitgeber attraktiv', 'Das Zentrum Ergolz lud zur Gesprächsrunde ein.', 'Impressum']);
    expect(document.head.querySelector('title')?.textContent).toBe('«Gute Löhne alleine reichen nicht»');
  });

  it('reads a fragment as a page’s body', () => {
    expect(parsePage('<p>Nur ein Absatz.</p>').body.textContent).toBe('Nur ein Absatz.');
  });
});
