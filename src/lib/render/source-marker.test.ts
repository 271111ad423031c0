import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.ts';
import type { Block } from '../clean/types.ts';
import { renderArticleHtml } from './article-html.ts';
import { sourceMarker } from './source-marker.ts';

// Two sentences of the SeaPRwire seed (000); the first is also reported by another outlet.
const first = 'Naryshkin und Ratcliffe erörterten auch die Zusammenarbeit zwischen den beiden Behörden.';
const second = 'Der russische Geheimdienstchef hat in den letzten Jahren wiederholt seine Bereitschaft signalisiert, den Kontakt zur CIA aufrechtzuerhalten.';
const text = `${first} ${second}`;
const block: Block = { kind: 'paragraph', text, start: 0, end: text.length };
const claims = [
  { id: 'c0000000001', block: 0, start: 0, end: first.length, text: first, aliases: [] },
  { id: 'c0000000002', block: 0, start: first.length + 1, end: text.length, text: second, aliases: [] },
];
const noFacts = { entities: [], numbers: [], dates: [] };
const report = (outlet: string) => ({ claim: 'c00000000zz', slug: 'b', outlet, title: 'Top-Spione beider Seiten', confidence: 0.5, shared: noFacts });

async function render(corroboration: Record<string, Parameters<typeof sourceMarker>[1]>): Promise<string> {
  return renderArticleHtml([block], {
    claims: { claims, claimPath: (id) => `/c/${id}/`, linkLabel: 'Link', after: (id) => sourceMarker(id, corroboration[id]!, de) },
  });
}

describe('sourceMarker', () => {
  it('follows a claim two outlets report with their count, linked to its note and naming the other outlet', async () => {
    const html = await render({ c0000000001: { outlets: 2, reports: [report('Unbekanntes Nachrichtenportal')] }, c0000000002: { outlets: 1, reports: [] } });
    expect(html).toContain(
      '</a></span><a class="claim-sources" href="#sources-c0000000001" aria-label="von 2 Medien berichtet, auch von: Unbekanntes Nachrichtenportal">2 Medien</a>',
    );
  });

  it('marks no single-source claim, nor one reported again only by its own outlet', async () => {
    const html = await render({ c0000000001: { outlets: 1, reports: [report('SeaPRwire')] }, c0000000002: { outlets: 1, reports: [] } });
    expect(html).not.toContain('claim-sources');
  });

  it('leaves the claim spans holding exactly their sentences', async () => {
    const html = await render({ c0000000001: { outlets: 3, reports: [report('RT DE'), report('SNA')] }, c0000000002: { outlets: 1, reports: [] } });
    expect(html).toContain('aria-label="von 3 Medien berichtet, auch von: RT DE, SNA">3 Medien</a> <span id="c0000000002" class="claim">Der russische');
    expect(html).toMatch(/<span id="c0000000002" class="claim">[^<]+aufrechtzuerhalten\.<a [^>]+>#<\/a><\/span><\/p>/);
  });
});
