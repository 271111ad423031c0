/**
 * The index terms (stems) of the vocabulary's words, computed by the build
 * and shipped with the index core, so the browser does not stem every word
 * of the dossier when search opens (31,509 words at 5,000 synthetic
 * articles, `npm run bench:search`). The build calls the same `stem` the
 * browser calls on a query word, so a word and its stem cannot disagree.
 *
 * A stem is the word with a few final letters taken off, or, for an English
 * `-ies` plural, with `-ies` turned into `-y` (see `stem`); one character per
 * word says which: its number of letters taken off, or `y`. At 5,000
 * articles that is 7.5 KB of gzip in the core.
 */
import { stem } from './normalize.ts';

/** The mark of a word whose stem turns its `-ies` into `-y`. */
const IES = 'y';

/** One character per word of `words`, in order, from which {@link decodeStems} gives back `words.map(stem)`. */
export function encodeStems(words: readonly string[]): string {
  return words
    .map((word) => {
      const term = stem(word);
      if (word.startsWith(term) && word.length - term.length <= 9) return String(word.length - term.length);
      if (term === `${word.slice(0, -3)}y` && word.endsWith('ies')) return IES;
      // Only a change to `stem` can get here: the encoding must learn its new kind of ending first.
      throw new Error(`The stem "${term}" of "${word}" is neither a prefix of it nor its -ies turned into -y: extend encodeStems.`);
    })
    .join('');
}

/** The stems of `words` from their {@link encodeStems} code. */
export function decodeStems(words: readonly string[], code: string): string[] {
  if (code.length !== words.length) throw new Error(`The search index has ${code.length} stems for ${words.length} words: it is damaged or of another version.`);
  return words.map((word, i) => {
    const mark = code[i]!;
    return mark === IES ? `${word.slice(0, -3)}y` : word.slice(0, word.length - Number(mark));
  });
}
