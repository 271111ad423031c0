import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatCleaned } from '../clean/format-cleaned.ts';
import type { CleanedArticle } from '../clean/types.ts';
import { cleanHtmlPage, hasLittleArticleText, pageText } from './clean-html.ts';
import { decodeHtmlBytes } from './decode-html.ts';

interface Labels {
  keep: string[];
  drop: string[];
  drop_comments: string[];
}

/** A real development page (HTML and hand labels), cleaned. */
function fixture(name: string) {
  const bytes = readFileSync(new URL(`./fixtures/${name}.html`, import.meta.url));
  const labels = JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8')) as Labels;
  const page = cleanHtmlPage(decodeHtmlBytes(bytes, name).html);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  return { ...page, labels, text: norm(formatCleaned(page.cleaned)), norm };
}

/** Title, blocks and removals tile the source's lines: each line is exactly one of them, and each span is its text. */
function expectTiling(source: string, cleaned: CleanedArticle) {
  const spans = [
    ...(cleaned.title ? [{ ...cleaned.titleSpan, text: cleaned.title }] : []),
    ...cleaned.blocks,
    ...cleaned.removed,
  ].sort((a, b) => a.start - b.start);
  const lines = source.split('\n\n');
  expect(spans.map((s) => source.slice(s.start, s.end))).toEqual(lines);
  for (const r of cleaned.removed) expect(r.text).toBe(source.slice(r.start, r.end));
  for (const r of cleaned.removed) expect(r.reason).not.toBe('');
}

describe('pageText', () => {
  it('is the source cleanHtmlPage indexes into, so reading the dossier need not find the main text', () => {
    for (const name of ['nnz-online.de-Quantensprung', 'viehbacher.com.steuerrecht']) {
      const html = decodeHtmlBytes(readFileSync(new URL(`./fixtures/${name}.html`, import.meta.url)), name).html;
      expect(pageText(html)).toBe(cleanHtmlPage(html).source);
    }
  });
});

describe('cleanHtmlPage on real pages', () => {
  it('keeps the article of a news page and drops its teaser lists and the reader comments', () => {
    const { source, cleaned, labels, text, norm } = fixture('nnz-online.de-Quantensprung');
    expect(cleaned.title).toBe('Ein Quantensprung für Nordhausen Nord');
    for (const keep of labels.keep) expect(text).toContain(norm(keep));
    for (const drop of [...labels.drop, ...labels.drop_comments]) expect(text).not.toContain(norm(drop));
    // Character references decode: the page writes „…“ as &#132;…&#147;.
    expect(text).toContain('Kindertageseinrichtung „Haus Domino“');
    // The text cleaner's caption rule sees this one first; a caption it does not know goes by the page's <figcaption> (below).
    expect(cleaned.removed.find((r) => r.text.startsWith('Zur Einweihung wurde ein kleiner Wald'))?.rule).toBe('photo-caption');
    expect(cleaned.removed.find((r) => r.text === 'Letzte Kommentare')?.reason).toBe('außerhalb des Haupttextes (Navigation, Randspalte, Fußzeile)');
    expectTiling(source, cleaned);
  });

  it('keeps subheadings as headings and list entries as items', () => {
    const { source, cleaned, labels, text, norm } = fixture('viehbacher.com.steuerrecht');
    for (const keep of labels.keep) expect(text).toContain(norm(keep));
    for (const drop of labels.drop) expect(text).not.toContain(norm(drop));
    expect(cleaned.blocks.find((b) => b.text === 'Beratung im Steuer- und Wirtschaftsrecht aus einer Hand')?.kind).toBe('heading');
    expect(cleaned.blocks.find((b) => b.text.startsWith('Steuerstrafrechtliche Beratung und Vertretung'))?.kind).toBe('item');
    expectTiling(source, cleaned);
  });

  it('keeps quoted passages as quotes and leaves the comments out', () => {
    const { source, cleaned, labels, text, norm } = fixture('wolfgangmichal.de.sorgfaltspflicht');
    for (const keep of labels.keep) expect(text).toContain(norm(keep));
    for (const drop of [...labels.drop, ...labels.drop_comments]) expect(text).not.toContain(norm(drop));
    expect(cleaned.blocks.find((b) => b.text.startsWith('„Diensteanbieter sind für fremde Informationen'))?.kind).toBe('quote');
    expectTiling(source, cleaned);
  });
});

const ARTICLE = Array.from({ length: 6 }, (_, i) => `<p>Die Stadt hat im Jahr ${2010 + i} beschlossen, dass die neue Brücke über den Fluss gebaut werden soll, und die Bürger haben lange darüber diskutiert.</p>`).join('');

describe('cleanHtmlPage rules', () => {
  it('takes the headline from the <h1> and removes navigation, share prompts and comment threads with their reasons', () => {
    const { source, cleaned } = cleanHtmlPage(
      `<html><body><nav><a href="/">Startseite</a> <a href="/p">Politik</a></nav><article><h1>Brücke wird gebaut</h1>${ARTICLE}` +
        `<h2>Der Zeitplan</h2>${ARTICLE}<p>Artikel gefallen? Jetzt teilen!</p><p>Weitere Artikel aus der Region</p><p><a href="/a">Neues Rathaus eröffnet</a></p>` +
        `<div class="comments"><p>Hans123 vor 3 Stunden</p><p>Das hat ja lange gedauert, die Brücke hätte man schon vor zehn Jahren bauen müssen, finde ich.</p></div></article></body></html>`,
    );
    expect(cleaned.title).toBe('Brücke wird gebaut');
    expect(cleaned.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(12);
    expect(cleaned.blocks.find((b) => b.kind === 'heading')?.text).toBe('Der Zeitplan');
    const ruleOf = (text: string) => cleaned.removed.find((r) => r.text.startsWith(text))?.rule;
    expect(ruleOf('Startseite')).toBe('outside-main-text');
    expect(ruleOf('Artikel gefallen?')).toBe('after-article');
    expect(ruleOf('Neues Rathaus')).toBe('after-article');
    expect(ruleOf('Das hat ja lange gedauert')).toMatch(/^(?:after-article|comment-section|outside-main-text)$/);
    expect(formatCleaned(cleaned)).not.toContain('vor 3 Stunden');
    expectTiling(source, cleaned);
  });

  it('removes subscription prompts, the author\'s bio at the end and cookie notices, but not a sentence that starts like a bio', () => {
    const { cleaned } = cleanHtmlPage(
      `<html><body><article><h1>Brücke wird gebaut</h1>${ARTICLE}<p>Die Brücke ist nach Angaben der Stadt die längste der Region und wird im Jahr 2026 fertig.</p>` +
        `${ARTICLE}<p>Jetzt für den Newsletter anmelden und keine Nachricht aus der Region verpassen!</p>` +
        `<p>Anna Schmidt ist Redakteurin im Ressort Lokales und schreibt über Verkehr und Stadtplanung.</p>` +
        `<p>Wir verwenden Cookies, um Ihnen das beste Erlebnis auf unserer Website zu bieten. Mit der Nutzung stimmen Sie dem zu.</p></article></body></html>`,
    );
    const ruleOf = (text: string) => cleaned.removed.find((r) => r.text.startsWith(text))?.rule;
    expect(ruleOf('Jetzt für den Newsletter')).toBe('prompt');
    expect(ruleOf('Anna Schmidt ist Redakteurin')).toBe('author-bio');
    expect(ruleOf('Wir verwenden Cookies')).toBe('cookie-notice');
    expect(cleaned.blocks.some((b) => b.text.startsWith('Die Brücke ist nach Angaben der Stadt'))).toBe(true);
  });

  it('removes a comment section inside the article even without an end marker before it', () => {
    const { cleaned } = cleanHtmlPage(
      `<html><body><article><h1>Brücke wird gebaut</h1>${ARTICLE}<section id="kommentare">` +
        `<p>Das hat ja lange gedauert, die Brücke hätte man schon vor zehn Jahren bauen müssen, finde ich wirklich.</p></section>${ARTICLE}</article></body></html>`,
    );
    expect(cleaned.removed.find((r) => r.text.startsWith('Das hat ja lange gedauert'))?.rule).toBe('comment-section');
  });

  it('applies the curator: line rules, cleaning.drop, and cleaning.keep even outside the main text', () => {
    const html = `<html><body><nav><p>Ein wichtiger Hinweis der Redaktion steht im Menü.</p></nav><article><h1>Brücke wird gebaut</h1>${ARTICLE}<p>Anzeige: Jetzt Brückenbau-Kurs buchen!</p></article></body></html>`;
    const { cleaned } = cleanHtmlPage(html, {
      rules: [{ id: 'kurs-werbung', pattern: '^Anzeige:', scope: 'line', reason: 'Werbung' }],
      overrides: { keep: ['wichtiger Hinweis der Redaktion'], drop: ['im Jahr 2012'] },
    });
    const ruleOf = (text: string) => cleaned.removed.find((r) => r.text.includes(text))?.rule;
    expect(ruleOf('Anzeige: Jetzt')).toBe('kurs-werbung');
    expect(ruleOf('im Jahr 2012')).toBe('curator-drop');
    expect(cleaned.blocks[0]?.text).toBe('Ein wichtiger Hinweis der Redaktion steht im Menü.');
  });

  it('drops a caption the page marks as one, though no text rule knows it', () => {
    const [first, ...rest] = ARTICLE.split('</p>');
    const figure = '<figure><img src="b.jpg" alt=""><figcaption>Die neue Brücke am Abend des Eröffnungstages</figcaption></figure>';
    const page = cleanHtmlPage(`<html><body><article><h1>Brücke</h1>${first}</p>${figure}${rest.join('</p>')}</article></body></html>`);
    expect(page.cleaned.removed.find((r) => r.text.startsWith('Die neue Brücke am Abend'))?.rule).toBe('figure-caption');
  });

  it('hands over the page\'s metadata, read from its scripts before Readability removes them', () => {
    const page = cleanHtmlPage(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Brücke über den Fluss"}</script></head><body><h1>Brücke</h1>${ARTICLE}</body></html>`, { url: 'https://example.org/a' });
    expect(page.metadata).toMatchObject({ title: 'Brücke über den Fluss', isArticle: true, url: 'https://example.org/a' });
  });

  it('never throws on broken markup and finds little article text on a page that is no article', () => {
    for (const html of ['', '<html', '<<<>>>', '<p>Nur ein Satz.', '<html><body><div><p>Offen<table><tr><td>Zelle</body>']) {
      const { cleaned } = cleanHtmlPage(html);
      expect(hasLittleArticleText(cleaned)).toBe(true);
    }
    const login = cleanHtmlPage('<html><body><nav><a href="/">Start</a></nav><form><p>Bitte melden Sie sich an.</p><button>Login</button></form></body></html>');
    expect(hasLittleArticleText(login.cleaned)).toBe(true);
    expect(hasLittleArticleText(cleanHtmlPage(`<html><body><h1>Brücke</h1>${ARTICLE}</body></html>`).cleaned)).toBe(false);
  });
});

describe('cleanHtmlPage on an English page', () => {
  // Composed, with the paragraphs of test-fixtures/english-dossier's first article.
  const LEAD = Array.from({ length: 4 }, (_, i) => `<p>The subsea cable that will carry power from the Dogger Bank wind farm reached the Yorkshire coast ${i + 1} days later than the operator had planned.</p>`).join('');

  it('removes the English prompts inside the article with English reasons', () => {
    const { cleaned } = cleanHtmlPage(
      `<html lang="en"><body><article><h1>Dogger Bank cable reaches the shore</h1>${LEAD}<p>Advertisement</p>${LEAD}` +
        `<p>Sign up for our newsletter to get the latest energy news in your inbox.</p>${LEAD}</article></body></html>`,
      { language: 'en' },
    );
    const removal = (text: string) => cleaned.removed.find((r) => r.text.startsWith(text));
    expect(removal('Advertisement')?.rule).toBe('advertising');
    expect(removal('Sign up for our newsletter')?.rule).toBe('newsletter-prompt');
    expect(removal('Sign up for our newsletter')?.reason).toBe('Newsletter or notification offer');
    expect(cleaned.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(12);
  });
});
