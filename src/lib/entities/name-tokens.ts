/**
 * The words of a sentence as the name finder sees them, and what the whole
 * dossier says about each capitalised word: German capitalises every noun,
 * so whether `Kraft` or `Millionen` is a name is read from how the dossier's
 * own text uses it elsewhere.
 */
import { DETERMINERS, FIRST_NAMES, QUANTIFIERS, SET_PHRASE_VERBS } from './name-signals.ts';

/** One word of a sentence. */
export interface Token {
  text: string;
  capital: boolean;
  /** Capitalised by position: the first word of a sentence or quotation. */
  initial: boolean;
  covered: boolean;
  /** Only whitespace separates it from the previous token. */
  joined: boolean;
  /** A figure stands right before it (`78 Millionen`, `2 Kilo`). */
  afterFigure: boolean;
  previous: string | undefined;
  /** The article before it, past up to two inflected adjectives (`des bilateralen Beratenden Ausschusses` → `des`). */
  article: string | undefined;
}

/** What the dossier's text says about its capitalised words. */
export interface CorpusEvidence {
  /** Every word seen in lowercase. */
  lowercase: Set<string>;
  /** Capitalised words seen as plain nouns: after an article, a figure or a quantity, or in a set phrase. */
  nouns: Set<string>;
  /** Every capitalised word inside a sentence, to tell a genitive (`Chinas`) from a name ending in s (`Paris`). */
  capitalised: Set<string>;
}

const TOKEN = /\p{L}[\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const OPENS_SENTENCE = /[.!?:;„“"«»‚‘]/u;
const INFLECTED = /(?:e|en|er|es|em)$/u;
/** A single capital and its full stop, with a capitalised word after them: a middle initial (`Markus M. Haefliger`). */
const INITIAL = /^\.\s+\p{Lu}/u;

/** The words of `text`; those inside a registry name (`mentions`) are marked covered. */
export function tokenize(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const tokens: Token[] = [];
  let end = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gap = text.slice(end, start);
    // After a first name, the initial keeps its full stop, which then neither ends the sentence nor breaks the name.
    const initial = /^\p{Lu}$/u.test(match[0]) && FIRST_NAMES.has(tokens.at(-1)?.text ?? '') && INITIAL.test(text.slice(start + 1));
    const word = initial ? `${match[0]}.` : match[0];
    const stop = start + word.length;
    tokens.push({
      text: word,
      // `US-amerikanischen` is an adjective: what counts is the last part of a compound.
      capital: /^\p{Lu}/u.test(word) && /^\p{Lu}/u.test(word.split(/[-‐‑]/u).at(-1)!),
      initial: tokens.length === 0 || OPENS_SENTENCE.test(gap),
      covered: mentions.some((m) => m.start < stop && start < m.end),
      joined: tokens.length > 0 && /^\s+$/u.test(gap),
      afterFigure: /\d\s*$/u.test(gap),
      previous: tokens.at(-1)?.text,
      article: articleBefore(tokens),
    });
    end = stop;
  }
  return tokens;
}

function articleBefore(tokens: readonly Token[]): string | undefined {
  for (let back = 1; back <= 3; back++) {
    const before = tokens.at(-back);
    if (!before) return undefined;
    // `Der Bayerische Rundfunk berichtete`: an article at the start of a sentence is capitalised too.
    if (DETERMINERS.has(before.text.toLowerCase()) && (!before.capital || before.initial)) return before.text;
    if (before.capital) return undefined;
    if (!INFLECTED.test(before.text)) return undefined;
  }
  return undefined;
}

/**
 * Collects the evidence of every sentence. A capitalised word is a plain
 * noun after an article (with at most two adjectives between), a figure or
 * a word of quantity (`mehrere Millionen`), and before a verb that makes a
 * set phrase with `in` (`in Kraft getreten`, `in Kurzarbeit geschickt`);
 * but not when another capitalised word follows it, so `das Weiße Haus` is
 * no evidence for `Weiße`.
 */
export function corpusEvidence(texts: readonly Token[][]): CorpusEvidence {
  const evidence: CorpusEvidence = { lowercase: new Set(), nouns: new Set(), capitalised: new Set() };
  for (const tokens of texts) {
    tokens.forEach((token, i) => {
      if (!token.capital) {
        evidence.lowercase.add(token.text);
        return;
      }
      // Not at the start of a sentence, where `Das` and `Da` would make one the genitive of the other.
      if (!token.initial) evidence.capitalised.add(token.text);
      const next = tokens[i + 1];
      if (token.previous === 'in' && next && SET_PHRASE_VERBS.has(next.text)) evidence.nouns.add(token.text);
      // A unit after a figure is a noun whatever follows (`32 Millionen Euro`).
      if (token.afterFigure || QUANTIFIERS.has(token.previous?.toLowerCase() ?? '')) evidence.nouns.add(token.text);
      if (token.initial || (next?.capital && next.joined)) return;
      for (let back = 1; back <= 3; back++) {
        const before = tokens[i - back];
        if (!before) break;
        if (DETERMINERS.has(before.text.toLowerCase())) evidence.nouns.add(token.text);
        // Only inflected adjectives stand between an article and its noun (`der russische Pilot`).
        if (before.capital || !INFLECTED.test(before.text)) break;
      }
    });
  }
  return evidence;
}

/**
 * Whether the dossier uses `word` as a common noun beyond the direct
 * evidence: it has a plural or dative in -e or -en (`Kontakte`, `Kontakten`;
 * names take none, and `Düsseldorfer` is an adjective), or it is a compound
 * ending in a noun the dossier uses (`Kurzarbeit` with `zur Arbeit`), or the
 * first part of one (`Kontakt` of `Kontaktpersonen` with `die Personen`).
 * That noun must have 5 letters or more: shorter ones end place names
 * (`Dorf`, `Burg`).
 */
export function commonNoun(word: string, { nouns, capitalised }: CorpusEvidence): boolean {
  if (capitalised.has(`${word}e`) || capitalised.has(`${word}en`)) return true;
  const isNoun = (part: string) => part.length >= 5 && nouns.has(`${part[0]!.toUpperCase()}${part.slice(1)}`);
  for (let at = 3; at <= word.length - 5; at++) if (isNoun(word.slice(at))) return true;
  for (const other of capitalised) if (other.startsWith(word) && isNoun(other.slice(word.length))) return true;
  return false;
}

/**
 * An adjective by its suffix (`künstl-ich`, `aktu-ell`, `internation-al`,
 * `europä-isch`) and its ending. The suffix keeps out names that merely end
 * like an inflected word whose stem the dossier writes in lowercase
 * (`Werder` beside `werden`, `Walter` beside `walten`, `Springer`).
 */
const ADJECTIVE = /^(\p{Lu}\p{Ll}*(?:isch|lich|ig|al|ell|iv|är|bar|sam|haft))(?:e|en|er|es|em)$/u;

/**
 * Whether `word` is an inflected adjective that the dossier also writes in
 * lowercase in any of its forms (`Künstliche` with `künstlicher DNA`): its
 * capital may be a headline's, not a name's.
 */
export function lowercaseAdjective(word: string, { lowercase }: CorpusEvidence): boolean {
  const stem = ADJECTIVE.exec(word)?.[1]?.toLowerCase();
  return stem !== undefined && ['e', 'en', 'er', 'es', 'em'].some((ending) => lowercase.has(`${stem}${ending}`));
}
