/**
 * Who wrote an article, as its page says: names only, not the addresses,
 * logins, companies and places some sites put where the author belongs.
 */

/**
 * The article's authors as the page names them: JSON-LD's first, else the
 * first `<meta>` that names plausible people. `ldAuthors` are JSON-LD's
 * `author` names, `metas` the page's meta contents by lowercased name.
 */
export function pageAuthors(
  ldAuthors: readonly string[],
  metas: ReadonlyMap<string, string>,
  decode: (value: string | undefined) => string | undefined,
  outlet: string | undefined,
): { names: string[]; evidence: string } {
  const candidates: [string, string[]][] = [
    ['JSON-LD author', [...ldAuthors]],
    ['<meta name=author>', splitNames(metas.get('author'))],
    ['article:author', splitNames(metas.get('article:author'))],
    ['<meta name=dc.creator>', splitNames(metas.get('dc.creator'))],
    ['<meta name=parsely-author>', splitNames(metas.get('parsely-author'))],
  ];
  const squashedOutlet = outlet?.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  for (const [evidence, raw] of candidates) {
    // `hessenschau.de, Frankfurt, Germany`: some sites put their address where the author belongs.
    if (raw.some((name) => COUNTRY.test(name))) continue;
    const cleaned = raw
      .map((name) => decode(name)?.replace(/^(?:von|by)\s+/i, '').trim())
      // The outlet named as author says nothing the outlet does not.
      .filter((name): name is string => !!name && plausibleAuthor(name) && name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '') !== squashedOutlet);
    const unique = [...new Set(cleaned)];
    if (unique.length > 0) return { names: unique, evidence };
  }
  return { names: [], evidence: '' };
}

const COUNTRY = /^(?:Germany|Deutschland|Austria|Österreich|Switzerland|Schweiz)$/i;

/**
 * Whether a name can be an author's: not an address (`https://facebook.com/x`,
 * `cipha[at]cipha.net`), not a login (`christian.stadtfeld`, `gabor_munier`),
 * not a company (`wegewerk GmbH`, the agency that built the site).
 */
function plausibleAuthor(name: string): boolean {
  if (/^https?:|^www\.|@|\[at\]|[\p{L}\p{N}][._]\p{L}/iu.test(name)) return false;
  return !/\b(?:GmbH|AG|KG|e\.\s?V\.|Ltd|Inc)\.?$/.test(name);
}

/** `Anna Muster, Ben Beispiel` → both; a single name stays whole. */
function splitNames(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/\s*[,;]\s*|\s+(?:und|and|&)\s+/).filter((n) => n !== '');
}
