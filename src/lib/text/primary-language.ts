/**
 * The primary subtag of a BCP 47 language tag, lowercased: `de-CH` → `de`,
 * `EN` → `en`. Rules, word lists and interface strings are chosen by it.
 */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}
