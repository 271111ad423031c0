/**
 * German genitives of names: `Putins`, `Chinas`, `des Kremls`. The matcher
 * finds a name's genitive -s by itself (see entity-matcher.ts), so a
 * suggestion names the base form and never offers the genitive as an alias;
 * names that merely end in s (`Paris`, `Davos`, `Lukas`) keep it, and so
 * does a genitive in -es, which the matcher would not find from its base.
 */

import { GERMAN_STOPWORDS } from '../clean/german-stopwords.ts';
import { FIRST_NAMES } from './name-signals.ts';

/** Articles that put the next noun or name in the genitive. */
const GENITIVE_ARTICLES = new Set(['des', 'eines', 'dieses', 'jenes']);

/**
 * The base form of a word of a name written as a genitive, or the word
 * itself: it loses its s when an article of the genitive stands before the
 * name (`des Vereinigten Königreichs`) or when the dossier has the word
 * without the s too (`Peskows` beside `Peskow`). `Paris` stays: `Pari` is
 * nowhere; and so does `Windows`, though `Window` looks like a surname.
 *
 * @param before the word before the name
 * @param known every capitalised word of the dossier
 */
export function genitiveBase(word: string, before: string | undefined, known: ReadonlySet<string>): string {
  // `des Ausschusses`, `des Hauses`: a genitive in -es stays, as the matcher adds an s only (`Hauses` is an alias of its own).
  if (!/\p{Ll}s$/u.test(word) || /(?:ss|[sxzß]es)$/u.test(word)) return word;
  // `Als` is no genitive of `Al`, nor `Thomas` of `Thoma`: words and first names ending in s, and bases under 3 letters.
  if (word.length < 4 || GERMAN_STOPWORDS.has(word.toLowerCase()) || FIRST_NAMES.has(word)) return word;
  const base = word.slice(0, -1);
  return GENITIVE_ARTICLES.has(before?.toLowerCase() ?? '') || known.has(base) ? base : word;
}
