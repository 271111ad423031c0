import { describe, expect, it } from 'vitest';
import { de } from '../../i18n/de.ts';
import { en } from '../../i18n/en.ts';
import type { Block } from '../clean/types.ts';
import { renderArticleHtml } from './article-html.ts';
import { reviewMarker } from './review-marker.ts';

// Two sentences of the Unbekanntes-Nachrichtenportal seed (001); the curator rated the second.
const first = 'Das Gespräch war ein seltenes Beispiel für eine direkte Interaktion zwischen den Geheimdiensten beider Länder.';
const second = 'Vor diesem Hintergrund könnte der Dialog der Geheimdienste ein Versuch sein, eine gemeinsame Basis zu finden.';
const text = `${first} ${second}`;
const block: Block = { kind: 'paragraph', text, start: 0, end: text.length };
const claims = [
  { id: 'cgtzxrqs00c', block: 0, start: 0, end: first.length, text: first, aliases: [] },
  { id: 'cmttnxxbxj0', block: 0, start: first.length + 1, end: text.length, text: second, aliases: [] },
];

async function render(labels = de): Promise<string> {
  return renderArticleHtml([block], {
    claims: {
      claims,
      claimPath: (id) => `/c/${id}/`,
      linkLabel: 'Link',
      after: (id) => (id === 'cmttnxxbxj0' ? reviewMarker('plausibel', `/c/${id}/`, labels) : []),
    },
  });
}

describe('reviewMarker', () => {
  it('follows only the reviewed sentence, outside its span, as the rating word linked to the review with a full accessible name', async () => {
    const html = await render();
    expect(html).toContain(
      '</a></span><a class="claim-review" href="/c/cmttnxxbxj0/#review" data-rating="plausibel" aria-label="Bewertung der Redaktion: plausibel">plausibel</a>',
    );
    expect(html.match(/claim-review/g)).toHaveLength(1);
  });

  it('names the rating in the dossier’s language, the key staying the same', async () => {
    const html = await render(en);
    expect(html).toContain('data-rating="plausibel" aria-label="Editors’ review: plausible">plausible</a>');
  });
});
