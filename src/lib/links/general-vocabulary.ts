/**
 * The general vocabulary of a dossier's language: words that tell no story
 * apart from another (see scripts/build-general-vocabulary.ts). Only German
 * has a list so far; other languages link on the dossier's own word
 * frequencies alone.
 */
import { GENERAL_VOCABULARY_DE } from './general-vocabulary-de.ts';
import { primaryLanguage } from '../text/primary-language.ts';

const BY_LANGUAGE: Readonly<Record<string, ReadonlySet<string>>> = { de: GENERAL_VOCABULARY_DE };
const NONE: ReadonlySet<string> = new Set();

/** The general-vocabulary stems of `language` (a BCP 47 tag; its primary subtag decides). */
export function generalVocabulary(language: string): ReadonlySet<string> {
  return BY_LANGUAGE[primaryLanguage(language)] ?? NONE;
}
