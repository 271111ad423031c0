/**
 * Which full stops do not end a sentence, per language: the splitter asks the
 * lexicon of the article's language (from its sidecar or the dossier), never
 * guesses the language of a sentence.
 */
import {
  ENGLISH_ABBREVIATIONS,
  ENGLISH_NUMBER_ABBREVIATIONS,
  ENGLISH_NAME_SUFFIXES,
  ENGLISH_SENTENCE_FINAL,
  ENGLISH_SENTENCE_OPENERS,
} from './english-abbreviations.ts';
import { GERMAN_ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_FINAL_ABBREVIATIONS } from './german-abbreviations.ts';
import { primaryLanguage } from '../text/primary-language.ts';

/** The abbreviation rules of one language. */
export interface AbbreviationLexicon {
  /** Never end a sentence. */
  always: ReadonlySet<string>;
  /** End a sentence before a capital, not before lowercase. */
  sentenceFinal: ReadonlySet<string>;
  /** Abbreviations only before a digit. */
  beforeNumber: ReadonlySet<string>;
  /** A dotted initial or acronym: "F.", "U.S.", and in German also "z." (its nouns make lowercase initials rare at sentence ends). */
  initials: RegExp;
  /** Name suffixes ("Jr."): a sentence end only before one of the `openers`. */
  nameSuffixes: ReadonlySet<string>;
  /** Words after which a dotted acronym ("U.S.") ends its sentence; empty where capitals say nothing (German nouns). */
  openers: ReadonlySet<string>;
  /** Ordinals spelt "12." ("am 12. März") exist: German only. */
  ordinals: boolean;
}

const GERMAN: AbbreviationLexicon = {
  always: GERMAN_ABBREVIATIONS,
  sentenceFinal: SENTENCE_FINAL_ABBREVIATIONS,
  beforeNumber: NUMBER_ABBREVIATIONS,
  initials: /^(?:\p{L}\.-?)+$/u,
  nameSuffixes: new Set(),
  openers: new Set(),
  ordinals: true,
};

const OTHER: AbbreviationLexicon = { ...GERMAN, ordinals: false };

const ENGLISH: AbbreviationLexicon = {
  always: ENGLISH_ABBREVIATIONS,
  sentenceFinal: ENGLISH_SENTENCE_FINAL,
  beforeNumber: ENGLISH_NUMBER_ABBREVIATIONS,
  // Capitals only: "60 m." and "5 ft." end sentences in English ("The cable runs at 60 m. It was …").
  initials: /^(?:\p{Lu}\.-?)+$/u,
  nameSuffixes: ENGLISH_NAME_SUFFIXES,
  openers: ENGLISH_SENTENCE_OPENERS,
  ordinals: false,
};

/**
 * The lexicon for a BCP 47 language. Languages without one of their own get
 * the German lexicon without its ordinals: it holds the English titles
 * German news quotes and was the only one before English had its own.
 */
export function abbreviationLexicon(language: string): AbbreviationLexicon {
  const primary = primaryLanguage(language);
  if (primary === 'en') return ENGLISH;
  return primary === 'de' ? GERMAN : OTHER;
}
