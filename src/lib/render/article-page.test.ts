import type { Article } from '../../routes/article-entries.ts';
import { beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { loadDossier } from '../content/load-dossier.ts';
import type { ArticleRecord } from '../content/types.ts';
import type { RelatedReasons } from '../links/related-articles.ts';
import { articleEntryData } from '../content/article-entry.ts';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { renderArticleHtml } from './article-html.ts';
import type { OriginalPageData } from './original-page.ts';
import { articlePageHead, articlePageMain, type ArticlePageData, type ArticlePageInput, type RelatedArticleData } from './article-page.ts';

/** An entry's links and cache keys, which these pages do not read. */
const NO_LINKS = { entities: [], about: [], htmlKey: '', detailsKey: '' };

const hostile = `Er sagte "<script>alert('x')</script>" & ging.`;
const noReasons: RelatedReasons = { entities: [], dates: [], facts: 0, words: [], similarity: 0 };

const other: RelatedArticleData = {
  slug: 'telefonat',
  title: { value: `Telefonat <i>geplant</i>` },
  outlet: { value: 'SNA' },
  language: 'de',
  published: { value: '2021-12-29', source: 'curated' },
};
const undatedOther: RelatedArticleData = { slug: 'ohne-datum', title: { value: 'Ohne Datum' }, outlet: { value: 'Tass' }, language: 'ru' };

const article: ArticlePageData = {
  slug: 'cia-chef',
  title: { value: `CIA-Chef ${hostile}` },
  outlet: { value: `Outlet "<b>"` },
  published: { value: '2025-03-12', source: 'curated' },
  language: 'de',
  lead: 'Der erste Absatz.',
  removedCount: 1,
  claims: [
    { id: 'caaaaaaaaaa', text: hostile, corroboration: { outlets: 2, reports: [{ claim: 'cbbbbbbbbbb', slug: 'telefonat', outlet: `SNA <em>`, title: `Titel ${hostile}`, confidence: 0.47, shared: { entities: [`Genf <b>`], numbers: ['30'], dates: [{ date: { start: '2022-01-10', end: '2022-01-10' }, precision: 'day' as const }] } }] } },
    { id: 'ccccccccccc', text: 'Allein.', corroboration: { outlets: 1, reports: [] } },
  ],
  related: [
    { slug: 'telefonat', score: 0.54, reasons: { ...noReasons, facts: 1 } },
    { slug: 'verschwunden', score: 0.3, reasons: noReasons },
    { slug: 'ohne-datum', score: 0.34, reasons: { ...noReasons, words: ['Genf'] } },
  ],
};

function input(overrides: Partial<ArticlePageInput> = {}): ArticlePageInput {
  return {
    article,
    html: '<p><span id="caaaaaaaaaa" class="claim">Text</span></p>',
    withdrawn: [],
    articles: new Map([[other.slug, other], [undatedOther.slug, undatedOther]]),
    language: 'de',
    base: '/d/',
    ...overrides,
  };
}

describe('articlePageMain', () => {
  it('escapes every piece of article text; only the rendered article HTML is taken as it is', () => {
    const main = articlePageMain(input({ withdrawn: [{ id: 'cwwwwwwwwww', text: hostile, withdrawn: '2025-04-01' }] })).value;
    expect(main).not.toContain('<script>');
    expect(main).not.toContain('<i>');
    expect(main).not.toContain('<b>');
    expect(main).not.toContain('<em>');
    expect(main).toContain('<h1 lang="de">CIA-Chef Er sagte &quot;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot; &amp; ging.</h1>');
    expect(main).toContain('<span class="outlet">Outlet &quot;&lt;b&gt;&quot;</span>');
    expect(main).toContain('<q lang="de">Er sagte &quot;&lt;script&gt;');
    expect(main).toContain('<a href="/d/articles/telefonat/#cbbbbbbbbbb" data-claim="cbbbbbbbbbb">SNA &lt;em&gt;</a> <span class="meta">(„Titel Er sagte &quot;&lt;script&gt;');
    // How sure the match is, and what both sentences state, escaped like everything else.
    expect(main).toContain('ging.“; sichere Übereinstimmung; beide nennen Genf &lt;b&gt;, 10. Januar 2022 und 30)</span>');
    expect(main).toContain('>Telefonat &lt;i&gt;geplant&lt;/i&gt;</a>');
    expect(main).toContain('<div class="article-body" lang="de"><p><span id="caaaaaaaaaa" class="claim">Text</span></p></div>');
  });

  it('lists withdrawn claims under their old ids, with the date when known', () => {
    const main = articlePageMain(input({ withdrawn: [{ id: 'cwwwwwwwwww', text: 'Weg.', withdrawn: '2025-04-01' }, { id: 'cvvvvvvvvvv', text: 'Auch weg.' }] })).value;
    expect(main).toContain(
      '<ul><li id="cwwwwwwwwww" class="withdrawn-claim"><q lang="de">Weg.</q> <a class="meta" href="/d/c/cwwwwwwwwww/">zurückgezogen am 1. April 2025</a></li><li id="cvvvvvvvvvv" class="withdrawn-claim"><q lang="de">Auch weg.</q> <a class="meta" href="/d/c/cvvvvvvvvvv/">Diese Aussage wurde zurückgezogen</a></li></ul></section>',
    );
    expect(main.indexOf('withdrawn-claims')).toBeLessThan(main.indexOf('class="corroboration"'));
  });

  it('no withdrawn claims, no corroborated claims, no related articles: none of their sections', () => {
    const main = articlePageMain(input({ article: { ...article, claims: [article.claims[1]!], related: [{ slug: 'verschwunden', score: 0.3, reasons: noReasons }] } })).value;
    expect(main).not.toContain('<section');
    expect(main).toContain('</div><nav class="article-links" aria-label="Weiter">');
  });

  it('lists the analyses citing the article or its claims under „Zitiert in“, before the links onward', () => {
    const citedIn = [{ slug: 'kontakte-svr-cia', title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist' }];
    expect(articlePageMain(input({ citedIn })).value).toContain(
      '<section class="cited-in" aria-labelledby="cited-in-heading"><h2 id="cited-in-heading">Zitiert in</h2><ul><li><a href="/d/analysen/kontakte-svr-cia/">Was über die Kontakte zwischen SVR und CIA bekannt ist</a></li></ul></section><nav class="article-links"',
    );
  });

  it('notes only corroborated claims, each linked back to its sentence and to the others, and counts the rest', () => {
    const main = articlePageMain(input()).value;
    expect(main).toContain('<p class="meta">1 von 2 Aussagen dieses Artikels steht auch anderswo; die übrigen nur hier. Diese Aussagen');
    expect(main).toContain('<li id="sources-caaaaaaaaaa"><a href="#caaaaaaaaaa" title="Zum Satz im Text" lang="de">„Er sagte');
    expect(main).toContain('<span class="outlet-count">(2 Medien)</span><p class="also-reported">Auch berichtet von: <a href="/d/articles/telefonat/#cbbbbbbbbbb"');
    expect(main).not.toContain('sources-ccccccccccc');
  });

  it('related articles: missing ones skipped, the date only when there is one', () => {
    const main = articlePageMain(input()).value;
    expect(main).toContain('<p class="related-source meta">SNA · <time datetime="2021-12-29">29. Dezember 2021</time></p><p class="related-reasons meta">eng verwandt · 1 gemeinsam berichtete Tatsache</p>');
    expect(main).toContain('<a href="/d/articles/ohne-datum/" lang="ru">Ohne Datum</a><p class="related-source meta">Tass</p>');
    expect(main).not.toContain('verschwunden');
  });

  it('marks a related article that is a draft (astro dev only), and only that one', () => {
    const main = articlePageMain(input({ articles: new Map([[other.slug, other], [undatedOther.slug, { ...undatedOther, draft: true }]]) })).value;
    expect(main).toMatch(/<li><strong class="draft-marker" title="[^"]+">Entwurf<\/strong> <a href="\/d\/articles\/ohne-datum\/"/);
    expect(main.match(/draft-marker/g)).toHaveLength(1);
  });

  it('links the original text and the home page, and shows the original address under the byline when known', () => {
    const without = articlePageMain(input()).value;
    expect(without).toContain('<li><a href="/d/articles/cia-chef/original/">Originaltext mit allen Entfernungen</a><span class="meta">(1 Stelle entfernt)</span></li><li><a href="/d/">Alle Artikel</a></li>');
    expect(without).not.toContain('rel="external');
    const withUrl = articlePageMain(input({ article: { ...article, url: 'https://example.org/a?x=1&y=2' } })).value;
    expect(withUrl).toContain('</p><p class="source-address meta">Artikel bei Outlet &quot;&lt;b&gt;&quot;: <a href="https://example.org/a?x=1&amp;y=2" rel="external noreferrer">example.org/a?x=1&amp;y=2</a></p></header>');
  });

  it('ends with the live region the claim-link script announces copies in, not the script', () => {
    const main = articlePageMain(input()).value;
    expect(main.endsWith('</nav></article><p class="visually-hidden" aria-live="polite" data-claim-status data-copied="Link kopiert"></p>')).toBe(true);
    expect(main).not.toContain('<script');
  });
});

describe('articlePageHead', () => {
  it('title, a description cut from the lead, and the publication date when there is one', () => {
    expect(articlePageHead(article)).toEqual({ title: article.title.value, description: 'Der erste Absatz.', ogType: 'article', published: '2025-03-12' });
    expect(articlePageHead({ ...article, published: undefined })).not.toHaveProperty('published');
  });

  it('keeps a draft out of search engines', () => {
    expect(articlePageHead({ ...article, draft: true })).toMatchObject({ noindex: true });
    expect(articlePageHead({ ...article, draft: false })).not.toHaveProperty('noindex');
  });
});

describe('a seed article', () => {
  let record: ArticleRecord;
  let main: string;
  beforeAll(async () => {
    const { articles } = await loadDossier(SEED_ROOT);
    record = articles.find((a) => a.file === 'content/articles/003_f1290934ed803041.txt')!;
    const data = { ...articleEntryData(record, record.slug, NO_LINKS), claims: [], related: [] };
    main = articlePageMain({ ...input(), article: data, html: await renderArticleHtml(record.cleaned.blocks), base: '/' }).value;
  });

  it('renders as the Astro page did (header, byline, body, links)', () => {
    expect(main).toContain(
      '<article><header class="article-header"><h1 lang="de">Medien: Russland und USA führen Gespräche in Ankara</h1><p class="byline meta"><span class="outlet">RT DE</span><span class="sep" aria-hidden="true">·</span><time datetime="2022-11-14">14. November 2022</time></p></header><div class="article-body" lang="de"><p>Wie die russische Zeitung Kommersant berichtet,',
    );
    expect(main).toContain(
      '<nav class="article-links" aria-label="Weiter"><ul><li><a href="/articles/medien-russland-und-usa-fuehren-gespraeche-in-ankara/original/">Originaltext mit allen Entfernungen</a><span class="meta">(3 Stellen entfernt)</span></li><li><a href="/">Alle Artikel</a></li></ul></nav></article>',
    );
  });

  it('its head fields are what the page passed to the layout', () => {
    expect(articlePageHead(articleEntryData(record, record.slug, NO_LINKS))).toEqual({
      title: 'Medien: Russland und USA führen Gespräche in Ankara',
      description: 'Wie die russische Zeitung Kommersant berichtet, treffe sich der Leiter des russischen Auslandsgeheimdienstes, Sergej Naryschkin, in Ankara mit einem …',
      ogType: 'article',
      published: '2022-11-14',
    });
  });
});

describe('an article as pages read it', () => {
  it('is accepted as it is: the pages pass `getArticles()` items straight in (checked by tsc)', () => {
    expectTypeOf<Article>().toExtend<ArticlePageData>();
    expectTypeOf<Article>().toExtend<RelatedArticleData>();
    expectTypeOf<Article>().toExtend<OriginalPageData>();
  });
});

describe('articlePageMain in an English dossier', () => {
  it('marks a German article\'s title and text as German, and leaves the English interface around them unmarked', () => {
    const main = articlePageMain({ ...input({}), language: 'en' }).value;
    expect(main).toMatch(/^<article><header class="article-header"><h1 lang="de">/);
    expect(main).toContain('<div class="article-body" lang="de">');
    expect(main).toContain('<h2 id="related-heading">Related articles</h2>');
    expect(main).toContain('“Titel Er sagte');
  });
});
