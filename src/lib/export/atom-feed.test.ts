import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from './atom-feed.ts';

const feed = {
  title: 'Dossier <Test> & „Mehr“',
  subtitle: 'Berichte',
  language: 'de',
  siteUrl: 'https://example.org/d/',
  feedUrl: 'https://example.org/d/feed.xml',
  fallbackDate: '2026-01-01',
  entries: [
    { url: 'https://example.org/d/articles/a/', title: 'Alt', author: 'RT DE', published: '2021-12-29', summary: 'x' },
    { url: 'https://example.org/d/articles/b/?x=1&y=2', title: '</title><script>', author: 'A & B', published: '2025-03-12', summary: 'Er sagte: "Ja" \u0007' },
    { url: 'https://example.org/d/articles/c/', title: 'Ohne Datum', author: 'SNA', summary: '' },
  ],
};

describe('atomFeed', () => {
  const xml = atomFeed(feed);

  it('is an Atom document with the feed’s own and alternate links, newest entry first', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">')).toBe(true);
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/d/feed.xml"/>');
    expect(xml).toContain('<updated>2025-03-12T00:00:00Z</updated>');
    expect(xml.indexOf('articles/b/')).toBeLessThan(xml.indexOf('articles/a/'));
    expect(xml.match(/<entry>/g)).toHaveLength(3);
  });

  it('escapes every text and URL', () => {
    expect(xml).toContain('<title>Dossier &lt;Test&gt; &amp; „Mehr“</title>');
    expect(xml).toContain('<title>&lt;/title&gt;&lt;script&gt;</title>');
    expect(xml).toContain('href="https://example.org/d/articles/b/?x=1&amp;y=2"');
    expect(xml).toContain('<summary type="text">Er sagte: &quot;Ja&quot; </summary>');
    expect(xml).not.toContain('<script');
  });

  it('gives an undated article the fallback date as updated, and no published', () => {
    const entry = xml.slice(xml.indexOf('<title>Ohne Datum'));
    expect(entry).toContain('<updated>2026-01-01T00:00:00Z</updated>');
    expect(entry.slice(0, entry.indexOf('</entry>'))).not.toContain('<published>');
  });

  it('escapes apostrophes and drops characters XML forbids', () => {
    expect(escapeXml("it's\u0000")).toBe('it&apos;s');
  });

  it('marks an analysis with its category and its author, and dates it like an article', () => {
    const xml = atomFeed({
      title: 'Geheimdienstkontakte USA–Russland 2021–2025',
      subtitle: 'Fünf Berichte',
      language: 'de',
      siteUrl: 'https://dossier.example.org/',
      feedUrl: 'https://dossier.example.org/feed.xml',
      fallbackDate: '2026-12-03',
      entries: [{ url: 'https://dossier.example.org/analysen/kontakte-svr-cia/', title: 'Was über die Kontakte zwischen SVR und CIA bekannt ist', author: 'Redaktion des Dossiers', published: '2026-12-03', summary: 'Zwei Kontakte der Geheimdienstchefs …', category: { term: 'analysis', label: 'Analyse' } }],
    });
    expect(xml).toContain('    <author><name>Redaktion des Dossiers</name></author>\n    <category term="analysis" label="Analyse"/>\n    <summary type="text">Zwei Kontakte');
    expect(xml).toContain('<published>2026-12-03T00:00:00Z</published>');
  });
});
