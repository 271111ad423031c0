import { describe, expect, it } from 'vitest';
import { formerAddressDocument } from './former-address-page.ts';

const ctx = { base: '/dossier/', language: 'de' };

describe('formerAddressDocument', () => {
  it('redirects a renamed article\'s reading and original page by meta refresh, canonical and a link', () => {
    const moved = { kind: 'redirect', slug: 'alt', target: 'neu', title: 'Treffen in Ankara' } as const;
    const reading = formerAddressDocument(moved, 'reading', ctx);
    expect(reading.canonical).toBe('articles/neu/');
    expect(reading.head?.value).toBe('<meta http-equiv="refresh" content="0; url=/dossier/articles/neu/"><meta name="robots" content="noindex">');
    expect(reading.main.value).toContain('<a href="/dossier/articles/neu/">Zum Artikel „Treffen in Ankara“</a>');
    const original = formerAddressDocument(moved, 'original', ctx);
    expect(original.canonical).toBe('articles/neu/original/');
    expect(original.head?.value).toContain('url=/dossier/articles/neu/original/');
  });

  it('shows a tombstone with the title and date where a deleted article was, escaped', () => {
    const gone = formerAddressDocument({ kind: 'withdrawn', slug: 'weg', title: 'A <b> & B', withdrawn: '2026-02-01' }, 'reading', ctx);
    expect(gone.title).toBe('Dieser Artikel wurde zurückgezogen');
    expect(gone.head?.value).not.toContain('refresh');
    expect(gone.main.value).toContain('Zurückgezogen am 1. Februar 2026. Der Artikel „A &lt;b&gt; &amp; B“ gehört nicht mehr zu diesem Dossier.');
    expect(gone.main.value).toContain('<a href="/dossier/">');
  });
});
