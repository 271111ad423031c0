/**
 * Looks up the UI strings for the dossier's configured language.
 */
import { de, type UiStrings } from './de.ts';

const dictionaries: Record<string, UiStrings> = { de };

/**
 * Returns the UI strings for a BCP 47 language (`de`, `de-CH`, …), matched
 * on its primary subtag. Fails loudly for a language without strings rather
 * than showing a German interface around, say, an English dossier.
 */
export function uiStrings(language: string): UiStrings {
  const primary = language.split('-')[0]?.toLowerCase() ?? '';
  const strings = dictionaries[primary];
  if (!strings) {
    throw new Error(
      `No UI strings for the dossier language "${language}". Add src/i18n/${primary}.ts (same shape as de.ts) and register it in src/i18n/index.ts, or set language: de in content/dossier.yaml.`,
    );
  }
  return strings;
}

export type { UiStrings };
