/**
 * A page's headline without the site's name that `<title>` and `og:title`
 * usually carry: `Ermittler finden Spuren | SPIEGEL`,
 * `tagesschau.de - Ermittler finden Spuren`.
 */

/** Separators sites put between headline and site name; a colon is not one, headlines use it themselves (`Corona: …`). */
const SEPARATOR = /\s+[|\-–—·•»«›‹/:]{1,2}\s+|\s*\|\s*/;

/** A part made of a date and time only: `06.11.2023, 11.41 Uhr`, `30.11.`, `2023-11-06 11:41`. */
const DATE_STAMP = /^(?=.*(?:\d\.\d|\d\.$|\d[:/-]\d))[\d.,:/\s-]*(?:Uhr)?$/;

/**
 * Removes, from either end of `title`, parts that name the site: one of
 * `siteNames` (outlet, publisher, host name), compared without case,
 * spaces and punctuation, either containing the other; and parts that are
 * only a date and time. What is left when
 * every part is a site name (a home page's title) is the empty string.
 */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const names = siteNameTest(siteNames);
  // A stamp (`Headline : 06.11.2023, 11.41 Uhr`) is no more the headline than the site's name is.
  const isSite = (part: string): boolean => names(part) || DATE_STAMP.test(part.trim());
  // A title that is the site's name as a whole (`International Biathlon Union - IBU`, the og:title of a news list) names no article.
  if (names(title)) return '';
  const parts = title.split(SEPARATOR);
  let first = 0;
  let last = parts.length - 1;
  // Only the ends: a site name in the middle is part of the headline ("Was der SPIEGEL enthüllte").
  while (last >= first && isSite(parts[last] as string)) last--;
  while (first <= last && isSite(parts[first] as string)) first++;
  if (first > last) return '';
  return rejoin(title, parts, first, last);
}

/**
 * The part at either end of `title` that names the site, as the site writes
 * it (`taz.de`, `MDR.DE`, `Spektrum der Wissenschaft`): pages that state no
 * site name elsewhere still sign their `<title>`. `hosts` are the host's
 * names (see {@link hostNames}); undefined when neither end matches one.
 */
export function siteNameInTitle(title: string, hosts: readonly string[]): string | undefined {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  if (parts.length < 2) return undefined;
  const isSite = siteNameTest(hosts);
  // `DER SPIEGEL 52/2018` names an issue, not just the site.
  const numbered = (part: string): boolean => /(?:^|\s)[\d/.-]+(?:\s|$)/.test(part);
  return [parts.at(-1) as string, parts[0] as string].find((part) => isSite(part) && !numbered(part));
}

/**
 * The page's `<h1>` when a stated title (`og:title`, the JSON-LD headline,
 * `<title>`) is that headline with parts added at one end: a site or section
 * name the site names nowhere else (`… – Tierheim Berlin`, `Aktuelles - …`),
 * or a subtitle (`… – Newcomer mit Renn-Ambitionen`). The visible headline is
 * the one a reader knows the article by. Parts are dropped from the start
 * only when they are short (3 words at most, a section label), so a long
 * headline is never given up for an `<h1>` that is the site's logo at the
 * title's end. Undefined when the `<h1>` is not such a part.
 */
export function headlineWithin(stated: string, h1: string | undefined): string | undefined {
  if (!h1) return undefined;
  const heading = squash(h1);
  const parts = stated.split(SEPARATOR);
  if (heading.length < 3 || parts.length < 2) return undefined;
  for (let n = parts.length - 1; n >= 1; n--) {
    if (squash(rejoin(stated, parts, 0, n - 1)) === heading) return h1;
    const dropped = rejoin(stated, parts, 0, parts.length - n - 1);
    if (squash(rejoin(stated, parts, parts.length - n, parts.length - 1)) === heading && dropped.split(/\s+/).length <= 3) return h1;
  }
  return undefined;
}

/**
 * Whether a title part names the site: equal to one of `siteNames`, part of
 * one (`SPIEGEL` of `DER SPIEGEL`), or a name with a word or two more
 * (`NDR Info`, `Spektrum der Wissenschaft`); a longer part that merely
 * mentions the site (`Was der SPIEGEL enthüllte`) is headline.
 */
function siteNameTest(siteNames: readonly string[]): (part: string) => boolean {
  const names = siteNames.map(squash).filter((n) => n.length >= 3);
  return (part) => {
    const s = squash(part);
    const words = part.trim().split(/\s+/).length;
    return s.length >= 3 && names.some((n) => s === n || (s.length >= 4 && n.includes(s)) || (words <= 3 && s.includes(n)));
  };
}

/** The host's own name, for titles on sites that state no name: `www.tagesschau.de` → `tagesschau.de`, `tagesschau`. */
export function hostNames(url: string | undefined): string[] {
  if (!url) return [];
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return [];
  }
  const bare = host.replace(/^www\d?\./, '');
  const label = bare.split('.').slice(-2, -1)[0];
  return label ? [bare, label] : [bare];
}

/**
 * Lowercase letters and digits only, so `DER SPIEGEL`, `Spiegel.de` and `spiegel` compare; umlauts as a
 * host name spells them, so `Nalas Löwenseiten` is the site at `nalas-loewenseiten.info`.
 */
function squash(value: string): string {
  return value
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöü]/g, (c) => `${'aou'['äöü'.indexOf(c)]}e`)
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The title from the start of part `first` to the end of part `last`, separators between them as written. */
function rejoin(title: string, parts: readonly string[], first: number, last: number): string {
  let offset = 0;
  let start = 0;
  let end = title.length;
  for (let i = 0; i < parts.length; i++) {
    const at = title.indexOf(parts[i] as string, offset);
    if (i === first) start = at;
    if (i === last) end = at + (parts[i] as string).length;
    offset = at + (parts[i] as string).length;
  }
  return title.slice(start, end).trim();
}

/** Separators before a headline's tail: a spaced dash, bar, dot or colon (`A - B`, `A | B`, `A : B`). */
const TAIL_SEPARATOR = /\s+[|–—·:-]{1,2}\s+/gu;
/**
 * A trailing part of at most this many words, shorter than what precedes it, is a tail: a section or format
 * (`- Vergleich`, `| Übersicht`, `- Neuheiten`), a series (`- Teil 49`), a hashtag or sign-off
 * (`– #OutInChurch`, `– Danke an die Community`) or a site's slogan; the headline is what precedes it.
 * Of the 329 development pages that state a headline, 16 carried such a tail where the page's other
 * statements or its annotators' reading did not.
 */
const TAIL_WORDS = 4;

/** Quotation marks opened and not yet closed in `text`: a separator inside a quote does not end the headline. */
const openQuotes = (text: string): boolean =>
  (text.match(/[„«]/g)?.length ?? 0) > (text.match(/[“»]/g)?.length ?? 0);

/** `title` without its tails (see {@link TAIL_WORDS}), cut one at a time from the end. */
export function withoutTail(title: string): string {
  const cuts = [...title.matchAll(TAIL_SEPARATOR)];
  const last = cuts.at(-1);
  if (!last) return title;
  const head = title.slice(0, last.index);
  const tail = title.slice(last.index + last[0].length);
  if (tail.split(/\s+/).length > TAIL_WORDS || tail.length >= head.length || openQuotes(head)) return title;
  return withoutTail(head);
}
