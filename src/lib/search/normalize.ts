/**
 * The one normalisation of search, shared by the index build and the
 * browser: what counts as a word and when two words are the same. Nothing
 * here may use Node or DOM APIs, because the same code folds the article
 * text at build time and the reader's query in a Web Worker; if the two
 * disagreed by a single letter, a word would be indexed under a key no
 * query can reach.
 */
import { GERMAN_STOPWORDS } from '../clean/german-stopwords.ts';

/** A word of a text and where it stands, so matches can be highlighted in the original. */
export interface Token {
  start: number;
  end: number;
  /** The word folded (see {@link fold}). */
  folded: string;
}

/** German letters spelled out, so `Müller` and `Mueller`, `Straße` and `Strasse` are one word. */
const SPELLED_OUT: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'oe', ł: 'l', đ: 'd', ı: 'i', þ: 'th',
};

/**
 * Russian and Ukrainian letters in the English (BGN-like) romanisation the
 * wires use, so `Нарышкин` becomes `naryshkin`; the phonetic key then
 * bridges the German `Naryschkin`.
 */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi',
  є: 'ye', ґ: 'g',
};

const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** Letters, digits, combining marks (decomposed umlauts) and soft hyphens make up a word; anything else separates. */
const WORD = /[\p{L}\p{N}\p{M}\u00ad]+/gu;

/**
 * Folds a word to its comparable form: lower case, German umlauts and ß
 * spelled out (`ä`→`ae`), Cyrillic romanised, other diacritics dropped
 * (`é`→`e`), and anything but letters and digits removed.
 */
export function fold(word: string): string {
  // Most words of German news are plain ASCII: the full folding would not change them beyond case.
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return word
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äöüßæœøłđıþ]/g, (c) => SPELLED_OUT[c]!)
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC[c] ?? '')
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a text, folded, with their offsets in it. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const folded = fold(match[0]);
    if (folded) tokens.push({ start: match.index, end: match.index + match[0].length, folded });
  }
  return tokens;
}

const STOPWORDS: ReadonlySet<string> = new Set([...GERMAN_STOPWORDS].map(fold));

/** Whether a folded word is a function word (`der`, `und`, `ueber`), which search ignores. */
export function isStopword(folded: string): boolean {
  return STOPWORDS.has(folded);
}

/** Suffixes stripped by {@link stem}, longest first. */
const SUFFIXES = ['ern', 'em', 'en', 'er', 'es', 'e'];
/** Stems never get shorter than this: short words carry too little to strip. */
const MIN_STEM = 4;

/**
 * A light German stemmer: strips one genitive/plural `s` (not after `s`,
 * so `Kongress` stays whole), then one inflection ending. `Gespräche`,
 * `Gesprächen` and `Gespräch` share a stem, as do `Naryschkins` and
 * `Naryschkin`. English plurals fold with their singulars too: the `s` of
 * `turbines`, `investors`, `hearings` goes, and `-ies` becomes `-y`. Numbers
 * and words with digits stay as they are.
 */
export function stem(folded: string): string {
  if (!/^[a-z]+$/.test(folded)) return folded;
  // English plurals in -ies (`companies`, `cities`; German loans too: `Stories`) fold to their -y singular, which
  // the rules below leave whole; German has no native plural in -ies, so German words lose nothing.
  if (folded.endsWith('ies') && folded.length >= 5) return `${folded.slice(0, -3)}y`;
  let word = folded;
  if (word.endsWith('s') && !word.endsWith('ss') && word.length - 1 >= MIN_STEM) word = word.slice(0, -1);
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= MIN_STEM) return word.slice(0, -suffix.length);
  }
  return word;
}

/**
 * The index terms of tokenised text, in order with repeats: its
 * {@link indexWords}, stemmed. Claims, titles, subheadings and entity
 * names are indexed under these.
 */
export function termsOf(tokens: readonly Token[]): string[] {
  return indexWords(tokens).map(stem);
}

/** The words search indexes, folded, before stemming: function words and single characters left out. The fuzzy vocabulary is made of these. */
export function indexWords(tokens: readonly Token[]): string[] {
  return tokens.filter((t) => t.folded.length > 1 && !isStopword(t.folded)).map((t) => t.folded);
}

/**
 * How a stem sounds, roughly, across the ways German and English
 * transliterate the same name: `Sacharowa`/`Zakharova`, `Naryschkin`/
 * `Naryshkin`/`Нарышкин`, `Peskow`/`Peskov`, `Selenskyj`/`Zelensky`.
 * Only for matching, never shown; two different words may share a key,
 * which is why a key match ranks below the word itself.
 */
export function phoneticKey(term: string): string {
  return term
    .replace(/dsch|tsch|sch|zh|kh|ph|th|c(?!h)|t[sz]|w|j/g, (m) => PHONETIC[m] ?? m)
    .replace(/(?<=.)y/g, 'i')
    .replace(/z/g, 's')
    // A lengthening h (`Jeddah`, `Dehnung`) is silent.
    .replace(/(?<=[aeiou])h(?![aeiou])/g, '')
    .replace(/(.)\1+/g, '$1');
}

const PHONETIC: Record<string, string> = {
  dsch: 'y', tsch: 'ch', sch: 'sh', zh: 'sh', kh: 'ch', ph: 'f', th: 't', c: 'k', ts: 'z', tz: 'z', w: 'v', j: 'y',
};
