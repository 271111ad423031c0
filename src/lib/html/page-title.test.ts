import { describe, expect, it } from 'vitest';
import { hostNames, stripSiteName, withoutTail } from './page-title.ts';

describe('stripSiteName', () => {
  it('leaves nothing of a title that is the site’s name as a whole', () => {
    // biathlonworld.com (development set): a news list whose og:title is its og:site_name.
    expect(stripSiteName('International Biathlon Union - IBU', ['International Biathlon Union - IBU'])).toBe('');
  });

  it('compares umlauts as the host spells them', () => {
    // nalas-loewenseiten.info: `<title>` signs with the name the host writes with "oe".
    expect(stripSiteName('Lexikon « Nalas Löwenseiten', hostNames('http://www.nalas-loewenseiten.info/loewen-lexikon/'))).toBe('Lexikon');
  });
});

describe('withoutTail', () => {
  it('cuts short trailing parts after a spaced dash or bar: a format, a series, a sign-off', () => {
    expect(withoutTail('Das beste elektronische Katzenspielzeug 2022 - Vergleich')).toBe('Das beste elektronische Katzenspielzeug 2022');
    expect(withoutTail('Die Haubenfahrzeuge der Nachkriegszeit - Teil 49')).toBe('Die Haubenfahrzeuge der Nachkriegszeit');
    expect(withoutTail('iMac 5K Lightroom Performance gelöst – Danke an die Community')).toBe('iMac 5K Lightroom Performance gelöst');
    // One tail after another, from the end.
    expect(withoutTail('Christmas Gift Guide | Journelles | Jetzt entdecken!')).toBe('Christmas Gift Guide');
  });

  it('keeps a long second part, a part as long as the headline, and a dash inside a quotation', () => {
    // haustiermagazin.com's <h1>: five words after the dash are part of the headline.
    const long = 'Kaufratgeber: elektronisches Katzenspielzeug – sorgt ganz automatisch für Abwechslung';
    expect(withoutTail(long)).toBe(long);
    expect(withoutTail('Hof & Geschichte - Schlosswirt Juval')).toBe('Hof & Geschichte - Schlosswirt Juval');
    expect(withoutTail('Benjamin Näßler: «Liebe kennt keine Pause – gegen Homophobie in Katar»')).toBe('Benjamin Näßler: «Liebe kennt keine Pause – gegen Homophobie in Katar»');
    expect(withoutTail('Olympia 2022: Zweiter Coronafall')).toBe('Olympia 2022: Zweiter Coronafall');
  });
});
