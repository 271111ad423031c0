import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.ts';
import type { Block } from '../clean/types.ts';
import { renderArticleHtml } from './article-html.ts';
import { sourceMarker } from './source-marker.ts';

const text = 'Erster Satz. Zweiter Satz.';
const block: Block = { kind: 'paragraph', text, start: 0, end: text.length };
const claims = [
  { id: 'c0000000001', block: 0, start: 0, end: 12, text: 'Erster Satz.', aliases: [] },
  { id: 'c0000000002', block: 0, start: 13, end: 26, text: 'Zweiter Satz.', aliases: [] },
];
const corroboration = {
  c0000000001: { outlets: 2, reports: [{ claim: 'c00000000zz', slug: 'b', outlet: 'Zeitung B', title: 'B', confidence: 0.5, shared: { entities: [], numbers: [], dates: [] } }] },
  c0000000002: { outlets: 1, reports: [] },
};

async function render(): Promise<string> {
  return renderArticleHtml([block], {
    claims: {
      claims,
      claimPath: (id) => `/c/${id}/`,
      linkLabel: 'Link',
      after: (id) => sourceMarker(id, corroboration[id as keyof typeof corroboration], de.sourcesMark),
    },
  });
}

describe('sourceMarker', () => {
  it('follows the claim span with the outlet count, linked to the note when corroborated', async () => {
    const html = await render();
    expect(html).toContain(
      '</a></span><sup class="claim-sources corroborated"><a href="#sources-c0000000001" aria-label="von 2 Medien berichtet, auch von: Zeitung B">2</a></sup>',
    );
  });

  it('marks a single-source claim quietly, with words for screen readers', async () => {
    expect(await render()).toContain(
      '<sup class="claim-sources single-source" title="nur eine Quelle"><span aria-hidden="true">1</span><span class="visually-hidden"> (nur eine Quelle)</span></sup>',
    );
  });

  it('leaves the claim spans holding exactly their sentences', async () => {
    const html = await render();
    expect(html).toMatch(/<span id="c0000000002" class="claim">Zweiter Satz\.\u202f<a [^>]+>#<\/a><\/span><sup/);
  });
});
