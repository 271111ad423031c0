/**
 * The content words of a German (or English) text, reduced to comparable stems: what two
 * reports of the same fact share even when worded differently
 * ("vereinbarten regelmäßige Kontakte" / "vereinbart, regelmäßigen Kontakt").
 *
 * Deliberately light: lowercase, umlauts folded, the spelling variants of
 * transliterated Russian names folded (Naryschkin/Naryshkin,
 * Sergej/Sergey, Peskow/Peskov), function words dropped, and inflection
 * endings stripped in the manner of the CISTEM stemmer. Stems are for
 * matching, never shown; `surface` keeps a word as written for display.
 */
import { ENGLISH_STOPWORDS } from '../clean/english-stopwords.ts';
import { GERMAN_STOPWORDS } from '../clean/german-stopwords.ts';
import { primaryLanguage } from '../text/primary-language.ts';

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

/** The same for English: reporting verbs, auxiliaries and connectives news prose is full of. */
const ENGLISH_REPORTING_WORDS = `
  said says say told tell added according reported reports report also however both two last first former
  later earlier then there their theirs them they which who whom been has have had its would could should may
  might must shall one new more than since still yet per cent percent mr mrs ms dr including while though
  although because whether around among across another other others many much such`.split(/\s+/).filter(Boolean);

/** Words no fact is told apart by, per language (primary subtag); languages without a list use the German one. */
const STOPWORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  de: new Set([...GERMAN_STOPWORDS, ...REPORTING_WORDS].map(fold)),
  en: new Set([...ENGLISH_STOPWORDS, ...ENGLISH_REPORTING_WORDS].map(fold)),
};

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
 * English endings the German stripping leaves: `-ing`, `-ed`, `-ies`
 * ("reporting", "reported", "report" meet; "companies" and "company").
 */
function englishStem(folded: string): string {
  const word = folded.replace(/ies$/, 'i').replace(/(?<=\p{L}{4})(?:ing|ed)$/u, '');
  return stem(word);
}

/**
 * Stems by word as written, `null` for words that are no content words, per language.
 * A dossier's vocabulary is small next to its running text, and folding
 * (Unicode normalisation, a dozen replacements) was most of the cost of
 * cross-linking; the cache is emptied when it grows past any one vocabulary.
 */
const stemsByLanguage = new Map<string, Map<string, string | null>>();
const MAX_CACHED = 500_000;

function stemOf(surface: string, english: boolean): string | null {
  const key = english ? 'en' : 'de';
  let stems = stemsByLanguage.get(key);
  if (!stems) stemsByLanguage.set(key, (stems = new Map()));
  let cached = stems.get(surface);
  if (cached === undefined) {
    const folded = fold(surface);
    // Single letters and one-digit numbers carry no fact; "30" (-tägig) and "2023" do.
    cached = STOPWORDS[key]!.has(folded) || folded.length < 2 ? null : english ? englishStem(folded) : stem(folded);
    if (stems.size >= MAX_CACHED) stems.clear();
    stems.set(surface, cached);
  }
  return cached;
}

/** The content words of `text` in `language` (BCP 47, default German), in order (repeats kept, for term frequencies). */
export function contentWords(text: string, language = 'de'): ContentWord[] {
  const english = primaryLanguage(language) === 'en';
  const words: ContentWord[] = [];
  for (const [surface] of text.matchAll(WORD)) {
    const stem = stemOf(surface, english);
    if (stem !== null) words.push({ stem, surface });
  }
  return words;
}

/** The distinct stems of `text` in `language`. */
export function stemSet(text: string, language = 'de'): Set<string> {
  return new Set(contentWords(text, language).map((w) => w.stem));
}
