/** Slugs longer than this are cut at the last word boundary before it. */
export const MAX_SLUG_LENGTH = 80;

/** German umlauts are transliterated the German way, not stripped (Müller → mueller). */
const GERMAN: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue',
};

/** Russian and Ukrainian Cyrillic, in the simple transliteration German newsrooms read easily. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  і: 'i', ї: 'i', є: 'ie', ґ: 'g',
};

/**
 * Turns a title into an ASCII URL slug: `Gespräche in Ankara` → `gespraeche-in-ankara`.
 * May return `''` when nothing transliterable is left (e.g. only punctuation).
 */
export function slugify(text: string): string {
  const ascii = Array.from(text, (ch) => GERMAN[ch] ?? CYRILLIC[ch.toLowerCase()] ?? ch)
    .join('')
    .normalize('NFKD')
    // Combining marks left by NFKD (é → e + ´) go; the base letter stays.
    .replace(/\p{M}/gu, '')
    .toLowerCase();
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return truncateAtWord(slug, MAX_SLUG_LENGTH);
}

function truncateAtWord(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastDash = cut.lastIndexOf('-');
  // A single overlong word has no boundary to cut at: cut it hard.
  return lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, max);
}

/** One article's wish for a slug. */
export interface SlugRequest {
  /** Decides who keeps the bare slug on a collision: the earlier file name. */
  file: string;
  slug: string;
  /** Pinned by the curator: kept as is; derived slugs give way to it. */
  pinned?: boolean;
}

/**
 * Makes slugs unique: on a collision the article whose file name sorts first
 * keeps the slug and the others get `-2`, `-3`, … in file name order (skipping
 * suffixed slugs other articles want as they are), so the
 * result does not depend on the order files were read in. Pinned slugs are
 * never changed (duplicates among them are the curator's to fix).
 *
 * @param reserved slugs no derived slug may take (addresses that redirect elsewhere)
 * @returns the final slugs, in the order of `requests`
 */
export function uniqueSlugs(requests: readonly SlugRequest[], reserved: Iterable<string> = []): string[] {
  const taken = new Set([...reserved, ...requests.filter((r) => r.pinned).map((r) => r.slug)]);
  const result = requests.map((r) => r.slug);
  const derived = requests
    .map((request, index) => ({ request, index }))
    .filter(({ request }) => !request.pinned)
    .sort((a, b) => compareNames(a.request.file, b.request.file));
  // Bare slugs first, so `x-2` wished for by one article is not handed out as a suffix of another's `x`.
  const clashing = derived.filter(({ request }) => {
    if (taken.has(request.slug)) return true;
    taken.add(request.slug);
    return false;
  });
  for (const { request, index } of clashing) {
    let n = 2;
    while (taken.has(`${request.slug}-${n}`)) n++;
    const slug = `${request.slug}-${n}`;
    taken.add(slug);
    result[index] = slug;
  }
  return result;
}

/** Code-point order, independent of the machine's locale. */
function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
