/**
 * The content words of a German text, reduced to comparable stems: what two
 * reports of the same fact share even when worded differently
 * ("vereinbarten regelmäßige Kontakte" / "vereinbart, regelmäßigen Kontakt").
 *
 * Deliberately light: lowercase, umlauts folded, the spelling variants of
 * transliterated Russian names folded (Naryschkin/Naryshkin,
 * Sergej/Sergey, Peskow/Peskov), function words dropped, and inflection
 * endings stripped in the manner of the CISTEM stemmer. Stems are for
 * matching, never shown; `surface` keeps a word as written for display.
 */
import { GERMAN_STOPWORDS } from '../clean/german-stopwords.ts';

/** A content word: its stem for matching and the word as written. */
export interface ContentWord {
  stem: string;
  surface: string;
}

/**
 * Words too common in news reports to tell one fact from another: reporting
 * verbs, auxiliaries and particles the general stopword list lacks.
 */
const REPORTING_WORDS = `
  sagte sagt sagten gesagt erklärte erklärt berichtete berichtet berichten berichteten teilte mitteilte hieß
  laut zufolge beiden beide beider zwei damals später zuvor danach jedoch sowohl worden wurde hätte hätten wäre
  weitere weiteren etwa bislang dabei tatsächlich dies diese ab statt fand fanden stattfand stattfinden
  stattgefunden gibt gebe geben gab habe hatten sei seien wirklich bereits zudem noch auch dass darüber
  sowie wegen während innerhalb derzeit zunächst ebenfalls`.split(/\s+/).filter(Boolean);

const STOPWORDS = new Set([...GERMAN_STOPWORDS, ...REPORTING_WORDS].map(fold));

/** Lowercase, umlauts and ß folded, transliteration variants unified. */
export function fold(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/ü/g, 'u')
    .replace(/ß/g, 'ss')
    .replace(/sch/g, 'sh')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    .replace(/j$/, 'i');
}

/**
 * Strips inflection endings: `-em`, `-er`, `-nd` while the word is long,
 * then `-e`, `-n`, `-s`, `-t` one letter at a time, never below four
 * letters. "vereinbarten" and "vereinbart" both become "vereinbar".
 */
export function stem(folded: string): string {
  let word = folded;
  while (word.length > 4) {
    if (word.length > 5 && /(?:em|er|nd)$/.test(word)) word = word.slice(0, -2);
    else if (/[enst]$/.test(word)) word = word.slice(0, -1);
    else break;
  }
  return word;
}

/** Words as written: letters and digits, hyphenated compounds split ("CIA-Chef" → "CIA", "Chef"). */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Stems by word as written, `null` for words that are no content words.
 * A dossier's vocabulary is small next to its running text, and folding
 * (Unicode normalisation, a dozen replacements) was most of the cost of
 * cross-linking; the cache is emptied when it grows past any one vocabulary.
 */
const stems = new Map<string, string | null>();
const MAX_CACHED = 500_000;

function stemOf(surface: string): string | null {
  let cached = stems.get(surface);
  if (cached === undefined) {
    const folded = fold(surface);
    // Single letters and one-digit numbers carry no fact; "30" (-tägig) and "2023" do.
    cached = STOPWORDS.has(folded) || folded.length < 2 ? null : stem(folded);
    if (stems.size >= MAX_CACHED) stems.clear();
    stems.set(surface, cached);
  }
  return cached;
}

/** The content words of `text`, in order (repeats kept, for term frequencies). */
export function contentWords(text: string): ContentWord[] {
  const words: ContentWord[] = [];
  for (const [surface] of text.matchAll(WORD)) {
    const stem = stemOf(surface);
    if (stem !== null) words.push({ stem, surface });
  }
  return words;
}

/** The distinct stems of `text`. */
export function stemSet(text: string): Set<string> {
  return new Set(contentWords(text).map((w) => w.stem));
}
