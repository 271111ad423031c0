/**
 * What a reader typed, taken apart: the words to look up (fuzzily) and the
 * exact phrases in quotes. Normalised exactly as the index was.
 */
import { isStopword, stem, tokenize } from './normalize.ts';

/** One word of the query. */
export interface QueryWord {
  /** The folded word as typed (for prefix matching while the reader types). */
  folded: string;
  /** Its index term (stem). */
  term: string;
  /** The last word, still being typed: words beginning with it match too. */
  prefix: boolean;
  /** Part of a quoted phrase: matched exactly, never fuzzily. */
  exact: boolean;
}

/** A parsed query. */
export interface ParsedQuery {
  /** Distinct words to look up, in query order; function words left out. */
  words: QueryWord[];
  /** Quoted phrases as folded word sequences (function words kept): a result must contain each. */
  phrases: string[][];
}

/** Opening and closing double quotes of German, English and French typography. */
const QUOTE = /["„“”«»]/;

/**
 * Parses a query. `"…"` (also `„…“`) is a phrase; an unclosed quote runs
 * to the end, so a phrase being typed already narrows the results.
 */
export function parseQuery(query: string): ParsedQuery {
  const parts = query.split(QUOTE);
  const words: QueryWord[] = [];
  const phrases: string[][] = [];
  const seen = new Set<string>();
  const stillTyping = query.length > 0 && !/[\s"„“”«»]$/.test(query);
  parts.forEach((part, i) => {
    const quoted = i % 2 === 1;
    const tokens = tokenize(part);
    if (quoted && tokens.length > 0) phrases.push(tokens.map((t) => t.folded));
    tokens.forEach((token, j) => {
      const last = i === parts.length - 1 && j === tokens.length - 1;
      if (token.folded.length < 2 || isStopword(token.folded)) return;
      const term = stem(token.folded);
      if (seen.has(term)) return;
      seen.add(term);
      words.push({ folded: token.folded, term, prefix: last && stillTyping && !quoted, exact: quoted });
    });
  });
  return { words, phrases };
}

/** Whether a folded word sequence contains a phrase, word for word. */
export function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
