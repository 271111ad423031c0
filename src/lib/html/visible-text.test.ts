import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { visibleText, type DomNode } from './visible-text.ts';

const textOf = (html: string) => visibleText(parseHTML(html).document.documentElement as unknown as DomNode);

describe('visibleText', () => {
  it('gives one line per block and per <br> run, blank lines between, whitespace collapsed', () => {
    const { source, lines } = textOf('<html><body><h1>Titel</h1><div>Erster\n   Absatz <b>fett</b><p>Innen</p>Rest</div>Zeile eins<br>Zeile zwei</body></html>');
    expect(source).toBe('Titel\n\nErster Absatz fett\n\nInnen\n\nRest\n\nZeile eins\n\nZeile zwei');
    expect(lines.map((l) => [l.tag, l.text])).toEqual([['h1', 'Titel'], ['div', 'Erster Absatz fett'], ['p', 'Innen'], ['div', 'Rest'], ['body', 'Zeile eins'], ['body', 'Zeile zwei']]);
    for (const line of lines) expect(source.slice(line.start, line.end)).toBe(line.text);
  });

  it('leaves out scripts, styles, the head and hidden elements', () => {
    const { source } = textOf(
      '<html><head><title>Kopf</title><style>p{}</style></head><body><script>var x = "Skript";</script><noscript>Bitte JS</noscript>' +
        '<p hidden>Versteckt</p><p style="display: none">Auch versteckt</p><p>Sichtbar</p></body></html>',
    );
    expect(source).toBe('Sichtbar');
  });

  it('reads text in every <body> of a broken page, as browsers merge them', () => {
    expect(textOf('<html><body></body><script>x</script><body><p>Der Artikel</p></body></html>').source).toBe('Der Artikel');
  });

  it('marks landmarks, comment sections, captions, quotes and link share; an article header is no page landmark', () => {
    const { lines } = textOf(
      '<html><body><header>Seitenkopf</header><nav><a href="/">Start</a></nav><article><header><h1>Schlagzeile</h1></header>' +
        '<figure><figcaption>Ein Bild</figcaption></figure><blockquote><p>Ein Zitat.</p></blockquote>' +
        '<p>Text mit <a href="/x">einem Link</a></p></article><div id="comments"><p>Ein Leserkommentar</p></div></body></html>',
    );
    const by = (text: string) => lines.find((l) => l.text === text)!;
    expect(by('Seitenkopf').landmark).toBe(true);
    expect(by('Start')).toMatchObject({ landmark: true, linkShare: 1 });
    expect(by('Schlagzeile')).toMatchObject({ landmark: false, article: true, tag: 'h1' });
    expect(by('Ein Bild').caption).toBe(true);
    expect(by('Ein Zitat.').quote).toBe(true);
    expect(by('Text mit einem Link').linkShare).toBeCloseTo(10 / 19);
    expect(by('Ein Leserkommentar').comments).toBe(true);
    expect(by('Text mit einem Link').comments).toBe(false);
  });

  it('does not take a post filed under a topic named "Kommentare" for a comment section', () => {
    // thebigbone.wordpress.com (development set): WordPress classes the article by its categories and tags.
    const { lines } = textOf(
      '<html><body><article id="post-3185" class="single post-3185 post type-post hentry category-allgemein category-kommentare tag-ueberforderung">' +
        '<div class="post-content"><p>Wir sind die Opfer einer Gesellschaft, die sich selbst überfordert.</p></div></article>' +
        '<div id="comments" class="comments-area"><article class="comment-body"><p>Sehr guter Beitrag!</p></article></div></body></html>',
    );
    const by = (text: string) => lines.find((l) => l.text === text)!;
    expect(by('Wir sind die Opfer einer Gesellschaft, die sich selbst überfordert.').comments).toBe(false);
    expect(by('Sehr guter Beitrag!').comments).toBe(true);
  });

  it('does not take a page whose <body> says it shows comments for a comment section as a whole', () => {
    // journelles.de (development set): a WordPress theme marks <body> "showing-comments"; the comments have their own <div>.
    const { lines } = textOf(
      '<html><body class="single single-post has-post-thumbnail showing-comments show-avatars"><article><p>Geschenke für die Liebsten aussuchen, als würde man für sich selbst schauen.</p></article>' +
        '<div class="comments-wrapper section-inner"><p>Die Buchstützen finde ich toll, sind soeben auf die Wunschliste gewandert.</p></div></body></html>',
    );
    const by = (text: string) => lines.find((l) => l.text === text)!;
    expect(by('Geschenke für die Liebsten aussuchen, als würde man für sich selbst schauen.').comments).toBe(false);
    expect(by('Die Buchstützen finde ich toll, sind soeben auf die Wunschliste gewandert.').comments).toBe(true);
  });
});
