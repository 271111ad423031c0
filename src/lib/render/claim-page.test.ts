import { describe, expect, it } from 'vitest';
import type { ClaimPage } from '../claims/claim-pages.ts';
import { claimPageDocument, claimPagePath, type ClaimPageArticle } from './claim-page.ts';

const ctx = { base: '/d/', site: 'https://example.org/d/', language: 'de' };
const hostile = 'Er sagte "<script>alert(1)</script>" & ging.';
const article: ClaimPageArticle = {
  slug: 'cia-chef',
  file: 'content/articles/000_abc.txt',
  language: 'de',
  title: { value: 'CIA-Chef <i>telefoniert</i>' },
  outlet: { value: 'SeaPRwire' },
  published: { value: '2025-03-12' },
  claims: [
    { id: 'caaaaaaaaaa', text: 'Davor.', corroboration: { outlets: 1, reports: [] } },
    { id: 'cbbbbbbbbbb', text: hostile, corroboration: { outlets: 2, reports: [{ claim: 'ccccccccccc', outlet: 'RT DE', title: 'Telefonat', confidence: 0.3, shared: { entities: ['SVR'], numbers: [], dates: [] } }] } },
  ],
};
const live: ClaimPage<ClaimPageArticle> = { kind: 'live', id: 'cbbbbbbbbbb', text: hostile, article, before: 'Davor.' };

describe('claim page documents', () => {
  it('a claim page lives at c/<id>/ below the base', () => {
    expect(claimPagePath('cbbbbbbbbbb')).toBe('c/cbbbbbbbbbb/');
    expect(claimPagePath('czzzzzzzzzz')).toBe('c/czzzzzzzzzz/');
  });

  it('a live claim: quotation, source, neighbour, context link and who else reports it, all escaped', () => {
    const doc = claimPageDocument(live, ctx);
    expect(doc.published).toBe('2025-03-12');
    expect(doc.description).toBe('SeaPRwire · 12. März 2025 · CIA-Chef <i>telefoniert</i>');
    const main = doc.main.value;
    expect(main).not.toContain('<script>');
    expect(main).not.toContain('<i>');
    expect(main).toContain('<p>Er sagte &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot; &amp; ging.</p>');
    expect(main).toContain('<blockquote cite="https://example.org/d/articles/cia-chef/#cbbbbbbbbbb" lang="de">');
    expect(main).toContain('<p class="claim-neighbour"><span class="claim-neighbour-label">Satz davor: </span>Davor.</p>');
    expect(main).not.toContain('Satz danach');
    expect(main).toContain(
      '<p><strong>2 Medien</strong> · Auch berichtet von:</p><ul><li><a href="/d/c/ccccccccccc/">RT DE</a> („Telefonat“) <span class="match-reasons">wahrscheinliche Übereinstimmung; beide nennen SVR</span></li></ul>',
    );
    // JSON-LD cannot be closed by the text.
    expect(doc.head?.value).toContain('"text":"Er sagte \\"\\u003cscript>alert(1)\\u003c/script>\\" & ging."');
  });

  it('a draft\'s claim (astro dev only) is marked in its source line and not indexed', () => {
    const doc = claimPageDocument({ ...live, article: { ...article, draft: true } }, ctx);
    expect(doc.noindex).toBe(true);
    expect(doc.main.value).toMatch(/<figcaption class="meta"><strong class="draft-marker" title="[^"]+">Entwurf<\/strong><span class="sep" aria-hidden="true">·<\/span><span class="outlet">SeaPRwire<\/span>/);
    expect(claimPageDocument(live, ctx)).not.toHaveProperty('noindex');
    expect(claimPageDocument(live, ctx).main.value).not.toContain('Entwurf');
  });

  it('a claim no one else reports says it has one source', () => {
    const doc = claimPageDocument({ kind: 'live', id: 'caaaaaaaaaa', text: 'Davor.', article, after: hostile }, ctx);
    expect(doc.main.value).toContain('Nur eine Quelle');
    expect(doc.main.value).toContain('<span class="claim-neighbour-label">Satz danach: </span>Er sagte &quot;&lt;script&gt;');
  });

  it('links the original address when the sidecar gives one, and only then', () => {
    const withUrl = claimPageDocument({ ...live, article: { ...article, url: 'https://de.rt.com/international/a?x=1&y=2' } }, ctx).main.value;
    expect(withUrl).toContain('Im Artikel lesen</a> <a class="claim-original" href="https://de.rt.com/international/a?x=1&amp;y=2" rel="external noreferrer">Artikel bei SeaPRwire</a></p>');
    expect(claimPageDocument(live, ctx).main.value).not.toContain('claim-original');
  });

  it('lists the registry entries the sentence names, linked to their pages', () => {
    // Seed 000: "Der Direktor des russischen Auslandsgeheimdienstes (SVR), Sergey Naryshkin, sprach telefonisch mit seinem CIA-Amtskollegen John Ratcliffe …"
    const entityNames = new Map([['svr', 'SVR'], ['sergey-naryshkin', 'Sergej Naryschkin'], ['john-ratcliffe', 'John Ratcliffe <i>']]);
    const named = { ...article, claimEntities: { cbbbbbbbbbb: ['svr', 'sergey-naryshkin', 'john-ratcliffe', 'gone'] } };
    const main = claimPageDocument({ ...live, article: named }, { ...ctx, entityNames }).main.value;
    expect(main).toContain(
      '<section class="claim-entities" aria-labelledby="claim-entities-heading"><h2 id="claim-entities-heading">In diesem Satz genannt</h2><ul><li><a href="/d/entities/svr/">SVR</a></li><li><a href="/d/entities/sergey-naryshkin/">Sergej Naryschkin</a></li><li><a href="/d/entities/john-ratcliffe/">John Ratcliffe &lt;i&gt;</a></li></ul></section></article>',
    );
    expect(claimPageDocument({ ...live, article: named }, ctx).main.value).not.toContain('claim-entities');
  });

  it('a moved id shows the sentence now and then and names the current claim as canonical', () => {
    const doc = claimPageDocument({ kind: 'moved', id: 'czzzzzzzzzz', formerText: 'Alt <b>', current: live }, ctx);
    expect(doc.canonical).toBe('c/cbbbbbbbbbb/');
    expect(doc.published).toBeUndefined();
    expect(doc.main.value).toContain('<blockquote class="claim-former" lang="de"><p>Alt &lt;b&gt;</p></blockquote>');
  });

  it('a withdrawn id is a tombstone leading to its article, or home when that is gone', () => {
    const withArticle = claimPageDocument({ kind: 'withdrawn', id: 'cyyyyyyyyyy', formerText: 'Weg.', withdrawn: '2026-01-02', article }, ctx);
    expect(withArticle.description).toContain('2. Januar 2026');
    expect(withArticle.main.value).toContain('href="/d/articles/cia-chef/"');
    const orphan = claimPageDocument({ kind: 'withdrawn', id: 'cyyyyyyyyyy', formerText: 'Weg.' }, ctx);
    expect(orphan.main.value).toContain('<blockquote class="claim-former"><p>Weg.</p></blockquote>');
    expect(orphan.main.value).toContain('<a href="/d/">Zur Startseite</a>');
  });

  it('lists the analyses citing the claim under „Zitiert in“, on a live, a moved and a withdrawn id, and nothing when none does', () => {
    const citedIn = new Map([
      ['cbbbbbbbbbb', [{ slug: 'kontakte-svr-cia', title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist' }]],
      ['czzzzzzzzzz', [{ slug: 'kontakte-svr-cia', title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist' }]],
      ['cyyyyyyyyyy', [{ slug: 'zweite', title: 'Ankara <2022>' }]],
    ]);
    const section = '<section class="cited-in" aria-labelledby="cited-in-heading"><h2 id="cited-in-heading">Zitiert in</h2><ul><li><a href="/d/analysen/kontakte-svr-cia/">Was über die Kontakte zwischen SVR und CIA bekannt ist</a></li></ul></section></article>';
    expect(claimPageDocument(live, { ...ctx, citedIn }).main.value).toContain(section);
    expect(claimPageDocument({ kind: 'moved', id: 'czzzzzzzzzz', formerText: 'Alt.', current: live }, { ...ctx, citedIn }).main.value).toContain(section);
    expect(claimPageDocument({ kind: 'withdrawn', id: 'cyyyyyyyyyy', formerText: 'Weg.' }, { ...ctx, citedIn }).main.value).toContain('<a href="/d/analysen/zweite/">Ankara &lt;2022&gt;</a>');
    expect(claimPageDocument(live, ctx).main.value).not.toContain('cited-in');
  });
});
