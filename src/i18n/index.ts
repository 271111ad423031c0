/**
 * Looks up the UI strings for the dossier's configured language.
 */
import { de, type UiStrings } from './de.ts';
import { en } from './en.ts';
import { primaryLanguage } from '../lib/text/primary-language.ts';

const dictionaries: Record<string, UiStrings> = { de, en };

/**
 * Returns the UI strings for a BCP 47 language (`de`, `de-CH`, …), matched
 * on its primary subtag. Fails loudly for a language without strings rather
 * than showing a German interface around, say, an English dossier.
 */
export function uiStrings(language: string): UiStrings {
  const primary = primaryLanguage(language);
  const strings = dictionaries[primary];
  if (!strings) {
    throw new Error(
      `No UI strings for the dossier language "${language}". Add src/i18n/${primary}.ts (same shape as de.ts) and register it in src/i18n/index.ts, or set language: de in content/dossier.yaml.`,
    );
  }
  return strings;
}

/** The languages a dossier can be written in: those with UI strings, by primary subtag. */
export function uiLanguages(): string[] {
  return Object.keys(dictionaries);
}

/** Whether `language` (BCP 47) has UI strings. */
export function hasUiStrings(language: string): boolean {
  return primaryLanguage(language) in dictionaries;
}

export type { UiStrings };
