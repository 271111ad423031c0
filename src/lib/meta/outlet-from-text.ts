/**
 * The outlet a copied page names itself: its copyright line (`© SPIEGEL
 * 2020`, `Copyright © 2020 Verlag …`) and the web address it repeats in its
 * furniture (`tagesschau.de`). A news agency in a dateline (`BERLIN (dpa) –`)
 * or a photo credit (`Foto: © dpa`) is the source of a report or a picture,
 * not the outlet, and never taken. Unsure means no answer: a wrong outlet is
 * worse than an empty one, which `dossier check` asks the curator to fill.
 */

/** An outlet found in the text, with the words it was read from. */
export interface StatedOutlet {
  name: string;
  /** The line (or address) it was read from, for the sidecar's comment. */
  evidence: string;
}

/** Wire services: they appear in datelines and credits of every outlet. */
const AGENCIES = new Set(['dpa', 'afp', 'ap', 'reuters', 'kna', 'epd', 'apa', 'sda', 'keystone-sda', 'dts', 'sid', 'ddp', 'getty images', 'imago', 'picture alliance', 'shutterstock', 'istock', 'unsplash', 'adobe stock', 'pixabay']);

/** Addresses every kind of page links to: sharing, shops, app stores, blog hosts' own sites. */
const PLATFORMS = /^(?:facebook|twitter|x|instagram|youtube|youtu|google|whatsapp|amazon|apple|linkedin|xing|pinterest|tiktok|t|telegram|spotify|paypal|wordpress|blogger|wikipedia|vimeo|flickr|github|microsoft|mozilla|gravatar|disqus|soundcloud|threads|mastodon|bsky|feedburner|gmx|web|gmail|outlook|t-online|adobe|creativecommons)\.[a-z]+$/i;

/** A line that states the site's copyright: a © or `Copyright`, and a year or a rights clause. */
const COPYRIGHT = /©|\(c\)|\bcopyright\b/i;
const YEAR_OR_RIGHTS = /\b(?:19|20)\d{2}\b|rechte vorbehalten|rights reserved/i;
/** Picture credits use © too, but name a photographer or an agency, and say so. */
const CREDIT = /\b(?:foto|fotos|bild|bilder|photo|image|grafik|quelle|titelbild|symbolbild|illustration)\b\s*\d*\s*:/i;
/** Building blocks of a copyright line that are not the name. */
const NOISE = [
  /©|\(c\)|\bcopyright\b/gi,
  /\b(?:19|20)\d{2}(?:\s*[-–—/]\s*(?:19|20)\d{2})?\b/g,
  /\b(?:alle rechte vorbehalten|all rights reserved|bestimmte rechte vorbehalten)\b.*$/gi,
  /\b(?:powered by|theme|design by|webdesign|made with|proudly|content management)\b.*$/gi,
  /^\s*(?:by|von)\b/i,
];
/** Footer words that stand where a name would. */
const NOT_A_NAME = /^(?:impressum|datenschutz|kontakt|startseite|home|urheberrecht|alle inhalte)\b/i;
/** Company forms that are not part of the outlet's name. */
const LEGAL_FORM = /[\s,]+(?:gmbh(?:\s*&\s*co\.?\s*kg)?|ag|mbh|kg|e\.\s?v\.?|se|inc\.?|ltd\.?|llc|s\.?a\.?|verlag\s+gmbh)\.?$/i;
/** An address as a page writes it: `tagesschau.de`, `www.5min.at`, `Motorsport-Magazin.com`. */
const DOMAIN = /(?<![\p{L}\p{N}@.-])(?:www\.)?((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:de|at|ch|com|net|org|info|eu|it|li|lu|io|online|news|tv|fm|media))(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/giu;

const MAX_NAME_WORDS = 5;
/** Lines of furniture besides the copyright line that must name its owner when no address confirms it. */
const OWNER_MENTIONS = 2;
/** A line of furniture: a menu entry, a footer link, a contact line, not a sentence of the article. */
const FURNITURE_WORDS = 10;
const MAX_LINE_CHARS = 200;

/**
 * The outlet the text names itself, or undefined when it does not say so
 * clearly. A copyright line's name is taken when an address in the text
 * confirms it, or when two more lines of furniture name it and no address
 * is repeated; otherwise an address the furniture repeats, if no other
 * address is as frequent. A name on the copyright line alone is often the
 * publisher or the web designer, so it is not taken.
 */
export function outletFromText(source: string): StatedOutlet | undefined {
  const all = source.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const lines = all.filter((l) => l.length <= MAX_LINE_CHARS);
  const furniture = lines.filter((l) => l.split(/\s+/).length <= FURNITURE_WORDS && !CREDIT.test(l));
  // An address confirms a copyright name wherever it stands, even in a long list of the publisher's sites.
  const anywhere = [...countDomains(all).values()];
  const repeated = [...countDomains(furniture).values()].sort((a, b) => b.count - a.count);
  const [first, second] = repeated;
  const leading = first && first.count >= 2 && (second?.count ?? 0) < first.count ? first : undefined;

  const owner = copyrightOwner(lines);
  if (owner) {
    const key = squash(owner.name);
    if (anywhere.some((d) => related(key, squash(d.label)))) return owner;
    // Measured on the development pages: accepting a single mention adds 12 right names but 10 wrong ones (publishers, authors).
    const mentions = furniture.filter((l) => l !== owner.evidence && squash(l).includes(key)).length;
    if (!leading && mentions >= OWNER_MENTIONS) return owner;
  }
  return leading ? { name: leading.written, evidence: leading.written } : undefined;
}

/** The name in the last copyright line: the footer is at the end, credits and teasers come before it. */
function copyrightOwner(lines: readonly string[]): StatedOutlet | undefined {
  for (const line of [...lines].reverse()) {
    if (!COPYRIGHT.test(line) || !YEAR_OR_RIGHTS.test(line) || CREDIT.test(line)) continue;
    const name = nameIn(line);
    if (name) return { name, evidence: line };
  }
  return undefined;
}

/** `Copyright © 2023 OnlineMarketing.de GmbH` → `OnlineMarketing.de`; undefined if no plausible name is left. */
function nameIn(line: string): string | undefined {
  let rest = line;
  for (const noise of NOISE) rest = rest.replace(noise, ' ');
  // The first segment that holds a name: segments are split by bars, dots and dashes between words.
  const segment = rest
    .split(/\s[|·•–—-]\s|\s*\|\s*|[.,;:]\s|\s{2,}/)
    .map((s) => s.replace(/^[\s|·•,.:;–—-]+|[\s|·•,.:;–—-]+$/g, ''))
    .find((s) => /\p{L}/u.test(s));
  if (!segment) return undefined;
  const name = segment.replace(LEGAL_FORM, '').trim();
  const words = name.split(/\s+/);
  if (words.length > MAX_NAME_WORDS || !/\p{L}{2}/u.test(name) || AGENCIES.has(name.toLowerCase()) || NOT_A_NAME.test(name)) return undefined;
  return name;
}

interface DomainCount {
  /** The address as first written, without `www.`. */
  written: string;
  /** The label before the top-level domain, e.g. `tagesschau`. */
  label: string;
  count: number;
}

function countDomains(lines: readonly string[]): Map<string, DomainCount> {
  const counts = new Map<string, DomainCount>();
  for (const match of lines.join('\n').matchAll(DOMAIN)) {
    const written = match[1]!;
    const parts = written.toLowerCase().split('.');
    const site = parts.slice(-2).join('.');
    if (PLATFORMS.test(site)) continue;
    const entry = counts.get(site) ?? { written, label: parts[parts.length - 2]!, count: 0 };
    entry.count++;
    counts.set(site, entry);
  }
  return counts;
}

/** Lower case letters and digits only: `DER SPIEGEL` and `spiegel.de` compare as `derspiegel` and `spiegelde`. */
const squash = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]/gu, '');

/** Whether two squashed names are the same outlet: one contains the other, and neither is a short accident. */
const related = (a: string, b: string) => a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a));

/** `BERLIN (dpa) –`, `Zürich (SDA/AFP):`: a place, the agencies in parentheses, a dash or colon. */
const DATELINE = /^\p{Lu}[\p{L}./ -]{1,40}?\s*\(([\p{L}/ -]{2,30})\)\s*[-–—:]/mu;

/**
 * The news agency a dateline credits (`BERLIN (dpa) –` → `dpa`): the source
 * of the report, which the curator may want to note, never the outlet.
 */
export function wireInDateline(source: string): StatedOutlet | undefined {
  for (const match of source.matchAll(new RegExp(DATELINE, 'gmu'))) {
    const agencies = match[1]!.split('/').map((a) => a.trim()).filter((a) => AGENCIES.has(a.toLowerCase()));
    if (agencies.length > 0) return { name: agencies.join('/'), evidence: match[0] };
  }
  return undefined;
}
