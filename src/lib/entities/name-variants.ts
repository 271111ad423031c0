/**
 * Inflected forms of one name: German declines the adjective in a name
 * (`Deutsche Bahn`, `der Deutschen Bahn`, `Deutscher Bahn`), and the
 * registry matches only what it lists, so a suggestion names one form and
 * lists the others as aliases. A genitive -s needs no alias (see genitive.ts).
 */

/** An adjective's endings: `Deutsch-e`, `-en`, `-er`, `-es`, `-em`. */
const ADJECTIVE_ENDING = /(?<=\p{Ll}{3})(?:e|en|er|es|em)$/u;

/** The same key for every inflection of a name: its words but the last lose an adjective's ending. */
export function inflectionKey(words: readonly string[]): string {
  return words.map((word, i) => (i < words.length - 1 ? word.replace(ADJECTIVE_ENDING, '') : word)).join(' ');
}

/** The form written most often (the first seen among equals) and the others, in order of first use. */
export function preferredForm(counts: ReadonlyMap<string, number>): { name: string; aliases: string[] } {
  let name = '';
  for (const [form, count] of counts) if (!name || count > counts.get(name)!) name = form;
  return { name, aliases: [...counts.keys()].filter((form) => form !== name) };
}
