/**
 * One spelling of an alias, however the curator or the article spaced it:
 * a line break or a non-breaking space inside a name is still the name.
 */
export function normalizeAlias(text: string): string {
  return text.trim().replace(/\s+/gu, ' ');
}
