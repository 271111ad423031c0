import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from './decode-html.ts';
import { pageDate } from './page-dates.ts';
import { readPageMetadata } from './page-metadata.ts';
import { headlineWithin, hostNames, stripSiteName } from './page-title.ts';

/** A saved page, decoded by its own charset (the regional paper's is ISO-8859-1). */
const fixture = (name: string): string => decodeHtmlBytes(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)), name).html;

/** A page with only the given `<head>` content and body. */
const page = (head: string, body = '<p>Text</p>', lang = 'de'): string =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('readPageMetadata on real pages', () => {
  it('reads a regional paper that states itself in Open Graph and <meta name=date>', () => {
    const meta = readPageMetadata(fixture('nnz-online.de-Quantensprung.html'));
    expect(meta).toMatchObject({
      title: 'Ein Quantensprung für Nordhausen Nord', // og:title ends in " : 06.11.2023, 11.41 Uhr"
      outlet: 'nnz-online',
      published: '2023-11-06',
      url: 'https://nnz-online.de/news/news_lang.php?ArtNr=335853',
      language: 'de',
      isArticle: true,
    });
    expect(meta.evidence.published).toBe('<meta name=date>');
  });

  it('reads a parliamentary group’s article with canonical link and article:published_time', () => {
    const meta = readPageMetadata(fixture('spdfraktion-vizepraesidentin.html'));
    expect(meta).toMatchObject({
      title: 'Aydan Özoğuz wird Vizepräsidentin',
      outlet: 'SPD-Bundestagsfraktion',
      published: '2021-10-26',
      url: 'https://www.spdfraktion.de/themen/aydan-oezoguz-vizepraesidentin',
    });
  });
});

describe('readPageMetadata: JSON-LD', () => {
  const ld = (json: unknown): string => `<script type="application/ld+json">${JSON.stringify(json)}</script>`;

  it('takes the article node out of an @graph, with authors, publisher and dates', () => {
    const meta = readPageMetadata(
      page(
        ld({
          '@context': 'https://schema.org',
          '@graph': [
            { '@type': 'WebSite', '@id': '#site', name: 'Beispiel-Zeitung' },
            { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Beispiel Verlag' },
            {
              '@type': ['ReportageNewsArticle'],
              headline: 'Der Rhein führt Niedrigwasser',
              datePublished: '2024-08-02T06:15:00+02:00',
              dateModified: '2024-08-03T10:00:00+02:00',
              author: [{ '@type': 'Person', name: 'Anna Muster' }, { '@type': 'Person', name: 'Ben Beispiel' }],
              publisher: { '@id': '#org' },
              mainEntityOfPage: { '@id': 'https://zeitung.example/rhein-niedrigwasser' },
              inLanguage: 'de-DE',
            },
          ],
        }),
      ),
    );
    expect(meta).toMatchObject({
      title: 'Der Rhein führt Niedrigwasser',
      outlet: 'Beispiel Verlag',
      published: '2024-08-02',
      modified: '2024-08-03',
      author: ['Anna Muster', 'Ben Beispiel'],
      url: 'https://zeitung.example/rhein-niedrigwasser',
      isArticle: true,
    });
  });

  it('prefers the article with a headline over a teaser node, and survives a broken block', () => {
    const meta = readPageMetadata(
      page(`<script type="application/ld+json">{ broken,</script>${ld([{ '@type': 'Article', url: 'https://x.example/teaser' }, { '@type': 'NewsArticle', headline: 'Die echte Schlagzeile' }])}`),
    );
    expect(meta.title).toBe('Die echte Schlagzeile');
  });

  it('decodes character references in JSON-LD text, which the HTML parser leaves alone in scripts', () => {
    const meta = readPageMetadata(page(ld({ '@type': 'NewsArticle', headline: '&bdquo;Wir bleiben&ldquo; &amp; gehen' })));
    expect(meta.title).toBe('„Wir bleiben“ & gehen');
  });

  it('leaves the outlet out of the authors', () => {
    const meta = readPageMetadata(page(`<meta property="og:site_name" content="tagesschau.de">${ld({ '@type': 'NewsArticle', headline: 'x', author: { '@type': 'Organization', name: 'tagesschau.de' } })}`));
    expect(meta.author).toBeUndefined();
  });
});

describe('readPageMetadata: meta tags', () => {
  it('lists every headline statement, stripped then as written, for the title to weigh against the page', () => {
    // welpenkaufen24.de (development set): og:site_name "Welpen" makes the stripped og:title lose its first words,
    // while the <h1> shows og:title as written.
    const meta = readPageMetadata(
      page('<meta property="og:site_name" content="Welpen"><meta property="og:title" content="Welpen kaufen – Tipps zu jeder Hunderasse"><title>Welpen kaufen – Tipps zu jeder Hunderasse | Welpenkaufen24</title>'),
    );
    expect(meta.title).toBe('Tipps zu jeder Hunderasse');
    expect(meta.statedTitles).toEqual(['Tipps zu jeder Hunderasse', 'Welpen kaufen – Tipps zu jeder Hunderasse']);
    expect(readPageMetadata(page('<title>Nur ein Titel</title>')).statedTitles).toBeUndefined();
  });

  it('strips the site name from og:title and <title>, and finds the outlet in <title> when nothing else names it', () => {
    expect(readPageMetadata(page('<meta property="og:site_name" content="DER SPIEGEL"><meta property="og:title" content="Ermittler finden Spuren | SPIEGEL">')).title).toBe(
      'Ermittler finden Spuren',
    );
    const meta = readPageMetadata(page('<title>Kaeser verarscht Neubauer - taz.de</title><link rel="canonical" href="https://taz.de/!5656/">'));
    expect(meta).toMatchObject({ title: 'Kaeser verarscht Neubauer', outlet: 'taz.de', url: 'https://taz.de/!5656/' });
    expect(meta.evidence.outlet).toBe('<title>, the part naming the host');
  });

  it('keeps a site name that stands inside the headline', () => {
    expect(stripSiteName('Was der SPIEGEL enthüllte - SPIEGEL', ['DER SPIEGEL'])).toBe('Was der SPIEGEL enthüllte');
    expect(stripSiteName('tagesschau.de - Ost - West', hostNames('https://www.tagesschau.de/x'))).toBe('Ost - West');
  });

  it('takes the <h1> when the stated title is that headline with a site, section or subtitle added (titles of development pages)', () => {
    const meta = readPageMetadata(page('<title>Tierschutzverein ruft zu Böllerverzicht auf – Tierheim Berlin</title>', '<h1>Tierschutzverein ruft zu Böllerverzicht auf</h1>'));
    expect(meta.title).toBe('Tierschutzverein ruft zu Böllerverzicht auf');
    expect(meta.evidence.title).toBe('<h1>, which <title> repeats with more added');
    const section = 'Aktuelles - Illegale Migration aus Belarus über Polen nach Deutschland: Bereits 9.087 Feststellungen';
    expect(headlineWithin(section, 'Illegale Migration aus Belarus über Polen nach Deutschland: Bereits 9.087 Feststellungen')).toBe(
      'Illegale Migration aus Belarus über Polen nach Deutschland: Bereits 9.087 Feststellungen',
    );
    expect(headlineWithin('Uberspace und Let’s Encrypt – Am Rande der Realität', 'Uberspace und Let’s Encrypt')).toBe('Uberspace und Let’s Encrypt');
  });

  it('never trades a long headline for an <h1> that is the site name at the title’s end', () => {
    expect(headlineWithin('Werkzeuge des Neandertalers und des Modernen Menschen | Steinzeit & Co', 'Steinzeit & Co')).toBeUndefined();
    expect(headlineWithin('Tierschutzverein ruft zu Böllerverzicht auf', 'Tierschutzverein ruft zu Böllerverzicht auf')).toBeUndefined();
    expect(headlineWithin('Krach vor der Betriebsversammlung: Es knirscht', 'Menü')).toBeUndefined();
  });

  it('resolves a relative canonical link against the address the page was fetched from', () => {
    const meta = readPageMetadata(page('<link rel="canonical" href="/politik/artikel-1.html">'), { url: 'https://zeitung.example/p?id=1' });
    expect(meta.url).toBe('https://zeitung.example/politik/artikel-1.html');
  });

  it('names a page that names itself nowhere by the host of its address', () => {
    const meta = readPageMetadata(page('<link rel="canonical" href="https://www.berliner-feuerwehr.de/aktuelles/x/">'));
    expect(meta.outlet).toBe('berliner-feuerwehr.de');
    expect(meta.evidence.outlet).toBe('the host of its address');
  });

  it('falls back to the fetched address, and finds no url in a saved page that states none', () => {
    expect(readPageMetadata(page(''), { url: 'https://zeitung.example/a' }).url).toBe('https://zeitung.example/a');
    expect(readPageMetadata(page('<link rel="canonical" href="/relative">')).url).toBeUndefined();
  });

  it('prefers the brand a site signs its titles with to its publisher’s company name', () => {
    const meta = readPageMetadata(
      page(
        '<title>Kaeser verarscht Neubauer - taz.de</title><link rel="canonical" href="https://taz.de/!5656/">',
        '<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><span itemprop="name" content="TAZ Verlags- und Vertriebs GmbH"></span></div>',
      ),
    );
    expect(meta.outlet).toBe('taz.de');
  });

  it('takes no address, login or company for an author', () => {
    for (const author of ['hessenschau.de, Frankfurt, Germany', 'christian.stadtfeld', 'wegewerk GmbH', 'cipha[at]cipha.net']) {
      expect(readPageMetadata(page(`<meta name="author" content="${author}">`)).author, author).toBeUndefined();
    }
    expect(readPageMetadata(page('<meta name="author" content="Markus M. Haefliger, Anna Muster">')).author).toEqual(['Markus M. Haefliger', 'Anna Muster']);
  });

  it('ignores an unfilled template as outlet and a profile address as author', () => {
    const meta = readPageMetadata(page('<meta property="og:site_name" content="{$plugin.tx_news.opengraph.site_name}"><meta property="article:author" content="https://www.facebook.com/x">'));
    expect(meta.outlet).toBeUndefined();
    expect(meta.author).toBeUndefined();
  });

  it('reads the language as its primary subtag and calls a page without article marks no article', () => {
    const meta = readPageMetadata(page('<title>Startseite</title>', '<p>x</p>', 'de-AT'));
    expect(meta.language).toBe('de');
    expect(meta.isArticle).toBe(false);
  });

  it('drops a modification date that only repeats the publication date', () => {
    const meta = readPageMetadata(page('<meta property="article:published_time" content="2022-01-05T09:00:00+01:00"><meta property="article:modified_time" content="2022-01-05T11:00:00+01:00">'));
    expect(meta.published).toBe('2022-01-05');
    expect(meta.modified).toBeUndefined();
  });

  it('reads a date from <time pubdate> when no meta states it', () => {
    expect(readPageMetadata(page('', '<article><time pubdate datetime="2021-03-04">4. März</time></article>')).published).toBe('2021-03-04');
  });
});

describe('pageDate', () => {
  it('keeps the date as the page writes it, whatever its offset', () => {
    expect(pageDate('2020-01-13T00:30:00+01:00', 'Europe/Berlin')).toBe('2020-01-13');
    expect(pageDate('2019-06-17T18:28:00+0200')).toBe('2019-06-17');
    expect(pageDate('2020-01-13T23:59:00-05:00', 'Europe/Berlin')).toBe('2020-01-13');
  });

  it('reads a UTC stamp in its readers’ time zone, as the page prints it', () => {
    expect(pageDate('2019-10-18T22:04:00Z', 'Europe/Berlin')).toBe('2019-10-19');
    expect(pageDate('2021-11-04T23:00Z', 'Europe/Berlin')).toBe('2021-11-05');
    expect(pageDate('2021-07-04T21:59:00.000+00:00', 'Europe/Berlin')).toBe('2021-07-04'); // 23:59 in summer time
    expect(pageDate('2019-10-18T22:04:00Z')).toBe('2019-10-18');
  });

  it('reads German, compact and RFC 2822 dates, and refuses placeholders and prose', () => {
    expect(pageDate('13.01.2020 18:05')).toBe('2020-01-13');
    expect(pageDate('20200113')).toBe('2020-01-13');
    expect(pageDate('Mon, 13 Jan 2020 18:05:00 +0100')).toBe('2020-01-13');
    expect(pageDate('1970-01-01T00:00:00Z')).toBeUndefined();
    expect(pageDate('2020-02-30')).toBeUndefined();
    expect(pageDate('gestern')).toBeUndefined();
    expect(pageDate('2020')).toBeUndefined();
  });
});
