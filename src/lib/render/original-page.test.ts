import { describe, expect, it } from 'vitest';
import { loadDossier } from '../content/load-dossier.ts';
import { articleEntryData } from '../content/article-entry.ts';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { originalPageHead, originalPageMain, type OriginalPageData } from './original-page.ts';

/** An entry's links and cache keys, which these pages do not read. */
const NO_LINKS = { entities: [], about: [], htmlKey: '', detailsKey: '' };

const hostile = `"<script>alert('x')</script>" &`;
const body = `Titel\n\nText ${hostile}\nFoto: <img>\n`;
const photoStart = body.indexOf('Foto');
const article: OriginalPageData = {
  slug: 'cia-chef',
  title: { value: `CIA-Chef ${hostile}` },
  outlet: { value: 'SNA' },
  language: 'de',
  file: 'content/articles/001_<x>.txt',
  encoding: 'windows-1252',
  removedCount: 1,
  removals: [{ start: photoStart, end: body.length - 1, text: body.slice(photoStart, -1), rule: 'photo-credit', reason: `Bildnachweis ${hostile}` }],
};

describe('originalPageMain', () => {
  it('escapes the title, raw text and reasons; nothing raw gets through; shows no internal path', () => {
    const main = originalPageMain({ article, body, language: 'de', base: '/d/' }).value;
    const [page, original] = main.split('<div class="original-text">') as [string, string];
    expect(page).not.toContain('<script>');
    // The marked raw text is renderOriginalHtml's (hast) escaping: text escaped, `<` left raw only inside quoted attributes.
    expect(original).toContain('Text "&#x3C;script>alert(\'x\')&#x3C;/script>" &#x26;\n<del data-rule="photo-credit" title="Bildnachweis &#x22;<script>');
    expect(original).toContain('>Foto: &#x3C;img></del>');
    expect(original.replace(/"[^"]*"/g, '""')).not.toMatch(/<(script|img)/);
    expect(main).toContain('<h1>Originaltext: CIA-Chef &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp;</h1>');
    expect(main).toContain('<p class="meta">Kodierung: windows-1252</p>');
    expect(main).not.toContain('content/articles');
    expect(main).toContain('<li>Bildnachweis &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; <code>photo-credit</code> – 1-mal</li>');
  });

  it('an undated article says so in its byline', () => {
    expect(originalPageMain({ article, body, language: 'de', base: '/d/' }).value).toContain('<span class="sep" aria-hidden="true">·</span><span>ohne Datum</span></p>');
  });

  it('without removals the legend explains the marks but lists no reasons', () => {
    const main = originalPageMain({ article: { ...article, removals: [], removedCount: 0 }, body, language: 'de', base: '/d/' }).value;
    expect(main).toContain('In eckigen Klammern: der Grund</li></ul></section><div lang="de"><div class="original-text">');
    expect(main).not.toContain('Gründe in diesem Text');
  });

  it('says that a saved page’s original is the text derived from its HTML, and that a text’s is the text as collected', () => {
    const page = originalPageMain({ article: { ...article, file: 'content/articles/005_a.html' }, body, language: 'de', base: '/d/' }).value;
    expect(page).toContain('<p class="original-intro">Der sichtbare Text der gespeicherten Webseite, wie er aus ihrem HTML gewonnen wurde.');
    expect(page).not.toContain('005_a.html');
    expect(originalPageMain({ article, body, language: 'de', base: '/d/' }).value).toContain('<p class="original-intro">Der Rohtext, wie er gesammelt wurde.');
  });

  it('links back to the cleaned text and the home page', () => {
    expect(originalPageMain({ article, body, language: 'de', base: '/d/' }).value).toMatch(
      /<\/div><\/div><nav class="article-links" aria-label="Weiter"><ul><li><a href="\/d\/articles\/cia-chef\/">Zum bereinigten Text<\/a><\/li><li><a href="\/d\/">Alle Artikel<\/a><\/li><\/ul><\/nav><\/article>$/,
    );
  });
});

describe('originalPageHead', () => {
  it('is the original title and the intro', () => {
    expect(originalPageHead(article, 'de')).toEqual({
      title: `Originaltext: CIA-Chef ${hostile}`,
      description: 'Der Rohtext, wie er gesammelt wurde. Was beim Bereinigen entfernt wurde, ist durchgestrichen; dahinter steht der Grund.',
    });
  });
});

describe('a seed article', () => {
  it('renders as the Astro page did: header, legend of its three removals, marked text, links', async () => {
    const { articles } = await loadDossier(SEED_ROOT);
    const record = articles.find((a) => a.file === 'content/articles/003_f1290934ed803041.txt')!;
    const main = originalPageMain({ article: { ...articleEntryData(record, record.slug, NO_LINKS), removals: record.cleaned.removed }, body: record.source, language: 'de', base: '/' }).value;
    expect(main).toContain(
      '<article><header class="article-header"><h1>Originaltext: Medien: Russland und USA führen Gespräche in Ankara</h1><p class="byline meta"><span class="outlet">RT DE</span><span class="sep" aria-hidden="true">·</span><time datetime="2022-11-14">14. November 2022</time> <span class="provenance">(kuratiert)</span></p><p class="meta">Kodierung: utf-8</p><p class="original-intro">Der Rohtext, wie er gesammelt wurde. Was beim Bereinigen entfernt wurde, ist durchgestrichen; dahinter steht der Grund.</p><p class="removal-count meta">3 Stellen entfernt</p></header>',
    );
    expect(main).toContain(
      '<p>Gründe in diesem Text:</p><ul><li>Bildnachweis <code>photo-credit</code> – 1-mal</li><li>Überschrift eines anderen Artikels, ohne Satzzeichen in den Absatz geklebt <code>glued-teaser</code> – 1-mal</li><li>Verweis auf einen anderen Artikel („Mehr zum Thema“) <code>read-more</code> – 1-mal</li></ul></section><div lang="de"><div class="original-text">Medien: Russland und USA führen Gespräche in Ankara\n\n',
    );
    expect(main).toContain('<del data-rule="photo-credit" title="Bildnachweis">Quelle: Sputnik © Pressedienst des russischen Außenministeriums</del><span class="removal-reason">[entfernt: Bildnachweis]</span>');
    expect(main).toContain('<li><a href="/articles/medien-russland-und-usa-fuehren-gespraeche-in-ankara/">Zum bereinigten Text</a></li><li><a href="/">Alle Artikel</a></li></ul></nav></article>');
  });
});
