/**
 * The headline a saved page states about itself, as the reference the text
 * path's title is scored against: og:title, the JSON-LD headline and the
 * article's <h1> (the one its <title> begins with, else the first), each
 * with a site-name suffix (" | Spiegel", " - tagesschau.de") removed. A candidate that is nothing but the site's name (its og:site_name,
 * or the main label of its host: "modabot" on modabot.de, "L-Mag" on
 * l-mag.de) is not a headline: 10 of the 339 pages with a reference had only
 * such a name, which no title from the article could match. A small regex reading of the HTML, for the evaluation only; the
 * real HTML metadata module (src/lib/html/) replaces it once it exists.
 */

/** Decodes the page with the charset it declares (UTF-8 when it declares none). */
export function decodeHtml(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', ndash: '–', mdash: '—', hellip: '…', middot: '·',
  laquo: '«', raquo: '»', bdquo: '„', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚',
  auml: 'ä', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', szlig: 'ß', eacute: 'é', egrave: 'è',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return NAMED[e] ?? all;
  });
}

const clean = (text: string) => decodeEntities(decodeEntities(text.replace(/<[^>]*>/g, ' '))).replace(/\s+/g, ' ').trim();

/** Removes a trailing site name: the last " | x" / " - x" part when it is short next to the rest. */
export function withoutSiteSuffix(title: string): string {
  const parts = title.split(/\s+[|–—:·›»-]{1,2}\s+/u);
  if (parts.length < 2) return title;
  const last = parts.at(-1)!;
  const rest = title.slice(0, title.length - last.length).replace(/\s+[|–—:·›»-]{1,2}\s+$/u, '');
  return last.split(' ').length <= 4 && last.length < rest.length ? withoutSiteSuffix(rest) : title;
}

function metaContent(html: string, property: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    const name = /(?:property|name)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (name?.toLowerCase() !== property) continue;
    const content = /content\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(tag);
    if (content) return content[1] ?? content[2];
  }
  return undefined;
}

function jsonLdHeadlines(html: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const headline = (node as Record<string, unknown>).headline;
      if (typeof headline === 'string') found.push(headline);
      Object.values(node).forEach(walk);
    }
  };
  for (const m of html.matchAll(/<script[^>]*application\/ld\+json[^>]*>([\s\S]*?)<\/script>/gi)) {
    try {
      walk(JSON.parse(m[1]!));
    } catch {
      // A broken JSON-LD block states nothing.
    }
  }
  return found;
}

const alnum = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The page's own host (an archived copy's original one), without "www." and its public suffix. */
function hostLabel(url: string): string {
  const original = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(.+)$/.exec(url)?.[1] ?? url;
  const labels = new URL(original).hostname.replace(/^www\./, '').split('.');
  return labels.length > 1 ? labels.at(-2)! : labels[0]!;
}

/**
 * The article's <h1>: the one the page's <title> begins with ("Werkzeuge des Neandertalers … | Steinzeit & Co"),
 * else the first. Pages without og:title or JSON-LD headline often give the site's logo the first <h1>
 * ("Steinzeit & Co", "Bundeskriminalamt (BKA)", "Quicklink") and the article's headline a later one.
 */
function articleH1(html: string): string | undefined {
  const h1s = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map((m) => clean(m[1]!)).filter((h) => alnum(h).length > 0);
  const title = alnum(clean(/<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? ''));
  return h1s.find((h) => title.startsWith(alnum(h))) ?? h1s[0];
}

/**
 * Every headline the page at `url` states (deduplicated, suffixes removed, the
 * site's bare name left out); empty when it states none.
 */
export function statedHeadlines(html: string, url: string): string[] {
  const og = metaContent(html, 'og:title');
  const raw = [og, ...jsonLdHeadlines(html), articleH1(html)].filter((t): t is string => t !== undefined).map(clean);
  const siteNames = [hostLabel(url), clean(metaContent(html, 'og:site_name') ?? '')].map(alnum).filter((n) => n.length >= 3);
  const namesSite = (part: string) => {
    const a = alnum(part);
    return a.length >= 3 && siteNames.some((n) => a === n || a.includes(n) || (a.length >= 4 && n.includes(a)));
  };
  const headlines = raw.filter((t) => t.length > 0).flatMap((t) => {
    const stripped = withoutSiteSuffix(t);
    // The short tail cut off may be a subtitle ("… – was lohnt sich?") rather than the site: then the whole is a headline too.
    const tail = t.slice(stripped.length).split(/\s+[|–—:·›»-]{1,2}\s+/u).filter((p) => p.trim().length > 0);
    return stripped !== t && !tail.some(namesSite) ? [stripped, t] : [stripped];
  });
  return [...new Set(headlines.filter((h) => !siteNames.includes(alnum(h))))];
}
