/**
 * The dossier's articles and analyses as an Atom feed (RFC 4287), so readers can follow
 * it in a feed reader. Every text is escaped; nothing from an article can
 * break out of its element.
 */

/** One article or analysis in the feed. */
export interface FeedEntry {
  /** Absolute URL of the article page: also its permanent Atom id. */
  url: string;
  title: string;
  /** The outlet, as an article's author; an analysis's own author. */
  author: string;
  /** A kind of entry a feed reader can tell apart, e.g. `{ term: 'analysis', label: 'Analyse' }`; articles have none. */
  category?: { term: string; label: string } | undefined;
  /** Publication date `YYYY-MM-DD`, if known. */
  published?: string | undefined;
  summary: string;
}

/** The feed as a whole. */
export interface Feed {
  title: string;
  subtitle: string;
  language: string;
  /** Absolute URLs of the site and of the feed itself. */
  siteUrl: string;
  feedUrl: string;
  /** `YYYY-MM-DD` used for entries without a date and for an empty feed (the build date). */
  fallbackDate: string;
  entries: readonly FeedEntry[];
}

/** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** The Atom XML document, newest entries first. */
export function atomFeed(feed: Feed): string {
  const entries = [...feed.entries].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.url.localeCompare(b.url));
  const updated = entries.map((e) => e.published).filter((d): d is string => d !== undefined).sort().at(-1) ?? feed.fallbackDate;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <id>${escapeXml(feed.siteUrl)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.siteUrl)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.feedUrl)}"/>`,
    `  <updated>${timestamp(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.title)}</name></author>`,
    ...entries.flatMap((entry) => {
      const date = timestamp(entry.published ?? feed.fallbackDate);
      return [
        '  <entry>',
        `    <title>${escapeXml(entry.title)}</title>`,
        `    <id>${escapeXml(entry.url)}</id>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/>`,
        ...(entry.published ? [`    <published>${date}</published>`] : []),
        `    <updated>${date}</updated>`,
        `    <author><name>${escapeXml(entry.author)}</name></author>`,
        ...(entry.category ? [`    <category term="${escapeXml(entry.category.term)}" label="${escapeXml(entry.category.label)}"/>`] : []),
        `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
        '  </entry>',
      ];
    }),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
