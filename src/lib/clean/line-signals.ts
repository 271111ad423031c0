/**
 * Language-general signals about a line of text, used where no explicit rule
 * applies: is it prose, a headline, or page furniture?
 */
import { ENGLISH_STOPWORDS } from './english-stopwords.ts';
import { GERMAN_STOPWORDS } from './german-stopwords.ts';

/** Measurements of one line. */
export interface LineSignals {
  words: number;
  /** Share of words that are function words of the language (1 for languages without a list). */
  stopwordRatio: number;
  /** Ends like a sentence (., !, ?, …, or a closing quote after one). */
  endsLikeSentence: boolean;
  /** Share of letters that are not in the script of the dossier's language. */
  foreignScriptRatio: number;
  /** Has at least one letter or digit. */
  hasWords: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
/** Terminal punctuation, possibly inside or before a closing quote or bracket; a quote alone closes a quoted sentence. */
const SENTENCE_END = /(?:[.!?…]["“”»«’‘)]?|["“”»«’‘][.!?…]?|\)[.!?…]|[:;])$/u;

/** Whether a line ends like a sentence (., !, ?, …, or a closing quote after one); see {@link LineSignals}. */
export function endsLikeSentence(text: string): boolean {
  return SENTENCE_END.test(text);
}

/** Lowercased words of a line. */
export function wordsOf(text: string): string[] {
  return (text.match(WORD) ?? []).map((w) => {
    const lower = w.toLowerCase();
    const last = lower.at(-1);
    return last === '.' || last === '-' ? lower.replace(/[.-]+$/, '') : lower;
  });
}

const CYRILLIC_LANGUAGES = new Set(['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'ky', 'mn']);

/** Unicode script of a language, for spotting text in other scripts. */
function scriptOf(language: string): string {
  const base = language.split('-')[0] ?? '';
  if (CYRILLIC_LANGUAGES.has(base)) return 'Cyrillic';
  if (base === 'el') return 'Greek';
  if (['ar', 'fa', 'ur'].includes(base)) return 'Arabic';
  if (['he', 'yi'].includes(base)) return 'Hebrew';
  return 'Latin';
}

/** Letters outside each script, counted in one pass over the line. */
const FOREIGN_LETTERS: Record<string, RegExp> = Object.fromEntries(
  ['Latin', 'Cyrillic', 'Greek', 'Arabic', 'Hebrew'].map((name) => [name, new RegExp(`(?!\\p{Script=${name}})\\p{L}`, 'gu')]),
);

/** Function-word lists by language; languages without one are not judged by this signal. */
const STOPWORDS: Record<string, ReadonlySet<string>> = { de: GERMAN_STOPWORDS, en: ENGLISH_STOPWORDS };

/** Measures a whitespace-normalised line of text in `language`. */
export function lineSignals(text: string, language = 'de'): LineSignals {
  const base = language.split('-')[0] ?? 'de';
  const stopwords = STOPWORDS[base];
  const words = wordsOf(text);
  // Without a list for the language, the share counts as high: it then never argues against prose.
  let stop = words.length;
  if (stopwords) {
    stop = 0;
    for (const w of words) if (stopwords.has(w)) stop += 1;
  }
  const foreign = text.match(FOREIGN_LETTERS[scriptOf(base)]!)?.length ?? 0;
  // Letters are counted only when some are foreign: most lines have none, and the share is 0 either way.
  const letters = foreign === 0 ? 0 : (text.match(/\p{L}/gu)?.length ?? 0);
  return {
    words: words.length,
    stopwordRatio: words.length === 0 ? 0 : stop / words.length,
    endsLikeSentence: endsLikeSentence(text),
    foreignScriptRatio: letters === 0 ? 0 : foreign / letters,
    // A word starts with a letter or digit, so a line has one exactly when it has a word.
    hasWords: words.length > 0,
  };
}

/**
 * Running prose: a sentence-shaped line with enough words, and enough
 * function words to be running text rather than a list of names or tags.
 */
export function isProse(s: LineSignals): boolean {
  return s.endsLikeSentence && s.words >= 6 && s.stopwordRatio >= 0.12;
}

/** A line that could be a headline: a few words, no sentence punctuation at its end. */
export function isHeadlineShaped(s: LineSignals): boolean {
  return !s.endsLikeSentence && s.words >= 2 && s.words <= 40;
}
