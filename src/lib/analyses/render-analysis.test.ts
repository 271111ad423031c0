import { beforeAll, describe, expect, it } from 'vitest';
import { seedAnalyses } from '../../test-support/seed-analyses.ts';
import { analysisPageDocument } from '../render/analysis-page.ts';
import { analysisBacklinks } from './analysis-backlinks.ts';
import { checkAnalyses } from './check-analyses.ts';
import { renderAnalysis } from './render-analysis.ts';

let seed: Awaited<ReturnType<typeof seedAnalyses>>;
beforeAll(async () => {
  seed = await seedAnalyses();
}, 30_000);

const site = { base: '/', site: 'https://dossier.example.org/', language: 'de' };

function renderSeed(edit: (body: string) => string = (b) => b) {
  const source = { ...seed.analyses[0]!, body: edit(seed.analyses[0]!.body) };
  const [checked] = checkAnalyses([source], seed.index).analyses;
  return renderAnalysis(checked!.scanned.tree, { byTarget: checked!.resolved.byTarget, ...site });
}

describe('renderAnalysis', () => {
  it('numbers the seed analysis’s claims in order of first citation, each linking to its claim page', () => {
    const { html, numbered } = renderSeed();
    expect(numbered.map((c) => c.id).slice(0, 3)).toEqual(['cbkry1dkrd8', 'cfrqkv40cxq', 'c7xxgpzkd4z']);
    expect(numbered).toHaveLength(18);
    expect(html).toContain('<sup class="citation"><a href="/c/cbkry1dkrd8/" aria-label="Beleg 1">[1]</a></sup>');
    expect(html).toContain('<a href="/entities/sergey-naryshkin/">Sergej Naryschkin</a>, der Leiter des SVR');
    expect(html).toContain('<a href="/articles/spannungen-um-die-ukraine-telefonat-zwischen-putin-und-biden-fuer-donnerstag/">„Spannungen um die Ukraine: Telefonat zwischen Putin und Biden für Donnerstag geplant“</a> (SNA)');
  });

  it('quotes a transcluded claim with its outlet, date and link', () => {
    const { html } = renderSeed();
    expect(html).toContain(
      '<figure class="claim-quote analysis-quote"><blockquote cite="https://dossier.example.org/c/c426gemc26k/" lang="de"><p>Das jüngste unangekündigte Treffen führender russischer und US-Spione in Ankara sollte den Dialog zwischen zwei Mächten aufrechterhalten, sagte der Sprecher des Nationalen Sicherheitsrates der USA, John Kirby, am Dienstag gegenüber US-Medien.</p></blockquote><figcaption class="meta"><a href="/c/c426gemc26k/">[5] RT DE</a><span class="sep" aria-hidden="true">·</span><time datetime="2022-11-15">15. November 2022</time></figcaption></figure>',
    );
  });

  it('never lets the Markdown carry script, even past check', () => {
    const { html } = renderSeed((body) => `<script>alert(1)</script>\n\n[Klick](javascript:alert(1)) <img src=x onerror=alert(1)> **[[c1as0hqe6x5]]**\n\n${body}`);
    expect(html).not.toMatch(/<script|<img|onerror|javascript:/i);
    expect(html).toContain('<p><a href="">Klick</a>  <strong><sup class="citation"><a href="/c/c1as0hqe6x5/" aria-label="Beleg 1">[1]</a></sup></strong></p>');
  });

  it('lists the sources at the end of the page, with the status the ledger gives them', () => {
    const ledger = structuredClone(seed.ledger);
    Object.assign(ledger.claims.cpwyj23f7gg!, { status: 'withdrawn', withdrawn: '2026-12-01' });
    const [checked] = checkAnalyses(seed.analyses, { ...seed.index, ledger }).analyses;
    const rendered = renderAnalysis(checked!.scanned.tree, { byTarget: checked!.resolved.byTarget, ...site });
    const page = analysisPageDocument(checked!.source.frontmatter, rendered, site);
    expect(page.main.value).toContain('<h2 id="analysis-sources-heading">Belege</h2>');
    expect(page.main.value).toContain('<li><a href="/c/cpwyj23f7gg/" lang="de">„Laut Reuters hielten Geheimdienstmitarbeiter');
    expect(page.main.value).toContain('<span class="citation-status">zurückgezogen am 1. Dezember 2026, zuletzt veröffentlichter Wortlaut</span>');
    expect(page).toMatchObject({ title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist', published: '2026-12-03', ogType: 'article' });
  });
});

describe('analysisBacklinks', () => {
  it('names the seed analysis on each claim, article and entity it cites, and on the articles of its claims', () => {
    const links = analysisBacklinks(checkAnalyses(seed.analyses, seed.index).analyses);
    const ref = [{ slug: 'kontakte-svr-cia', title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist' }];
    expect(links.claims.get('c426gemc26k')).toEqual(ref);
    expect(links.claims.get('cg98td39mty')).toBeUndefined();
    expect(links.entities.get('sergey-naryshkin')).toEqual(ref);
    expect(links.entities.get('dmitry-peskov')).toBeUndefined();
    expect([...links.articles.keys()].sort()).toEqual([
      'medien-russland-und-usa-fuehren-gespraeche-in-ankara',
      'naryshkin-fuehrte-ein-telefongespraech-mit-dem-chef-der-cia',
      'russischer-geheimdienstchef-telefoniert-mit-cia-chef',
      'spannungen-um-die-ukraine-telefonat-zwischen-putin-und-biden-fuer-donnerstag',
      'top-spione-beider-seiten-trafen-sich-um-ueber-die-vermeidung-von',
    ]);
  });
});
