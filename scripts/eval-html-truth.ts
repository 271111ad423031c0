/**
 * What a saved page states about itself, read roughly from its HTML: the
 * reference the measuring scripts compare the text path against. Regular
 * expressions suffice here (only ASCII attributes and JSON-LD are read);
 * the product reads HTML with a DOM parser.
 */

/** The first `YYYY-MM-DD` the page states as its publication date, and where. */
export function htmlPublished(html: string): { iso: string; from: string } | undefined {
  const candidates: [string, RegExp][] = [
    ['article:published_time', /<meta[^>]+(?:property|name|itemprop)=["'](?:article:published_time|datePublished|date|pubdate|publishdate|dc\.date(?:\.issued)?)["'][^>]*>/i],
    ['JSON-LD datePublished', /"datePublished"\s*:\s*"([^"]+)"/],
    ['<time datetime>', /<time[^>]+datetime=["']([^"']+)["']/i],
  ];
  for (const [from, pattern] of candidates) {
    const match = pattern.exec(html);
    if (!match) continue;
    const value = match[1] ?? /content=["']([^"']+)["']/i.exec(match[0])?.[1] ?? '';
    const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(value)?.[0];
    if (iso) return { iso, from };
  }
  return undefined;
}

/** The site's name as its page states it (`og:site_name`, JSON-LD publisher), and its host. */
export function htmlOutlet(html: string, url: string): { siteName?: string; host: string } {
  const og = /<meta[^>]+property=["']og:site_name["'][^>]*>/i.exec(html)?.[0];
  const siteName = og ? /content=["']([^"']*)["']/i.exec(og)?.[1] : /"publisher"\s*:\s*\{[^}]*?"name"\s*:\s*"([^"]+)"/.exec(html)?.[1];
  let host = '';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // A label without a URL: the host stays unknown.
  }
  return { ...(siteName ? { siteName: decodeEntities(siteName.trim()) } : {}), host };
}

function decodeEntities(text: string): string {
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
}
