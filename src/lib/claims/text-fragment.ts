/**
 * Text fragments (https://wicg.github.io/scroll-to-text-fragment/): the part
 * of a copied claim link after `:~:` that makes browsers scroll to and
 * highlight the sentence itself, even where our `#id` anchor is unknown
 * (the link pasted into a reader app, or the page archived elsewhere).
 */

/** Sentences of more words than this are addressed by their first and last words (`textStart,textEnd`): shorter URLs. */
export const RANGE_THRESHOLD_WORDS = 10;

/** Words taken from each end of a long sentence, before disambiguation. */
export const EDGE_WORDS = 4;

/**
 * Percent-encodes one term of a text directive. `encodeURIComponent` already
 * encodes `&`, `,`, `#`, `%` and spaces; `-` must be encoded too, because the
 * spec reserves it to mark a prefix (`prefix-,`) or suffix (`,-suffix`).
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Browsers match text fragments case-insensitively and with whitespace collapsed; so do the checks here. */
const comparable = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Does `phrase` occur in `text` other than as its very end? Then `textEnd` would stop there too early. */
const occursBeforeEnd = (text: string, phrase: string) => text.indexOf(phrase) < text.length - phrase.length;

/**
 * The text directive (`text=…`) for one sentence. A short sentence is given
 * whole; a long one by its first and last words, taking more words while the
 * start also occurs earlier on the page (`textBefore`: the page's text up to
 * the sentence) or the end occurs earlier in the sentence, since the browser
 * highlights from the first match of the start to the next match of the end.
 */
export function textDirective(sentence: string, textBefore = ''): string {
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  const whole = `text=${encodeTextDirectiveTerm(words.join(' '))}`;
  if (words.length <= RANGE_THRESHOLD_WORDS) return whole;

  const before = comparable(textBefore);
  let startWords = EDGE_WORDS;
  while (startWords < words.length && before.includes(comparable(words.slice(0, startWords).join(' ')))) startWords++;
  let endWords = EDGE_WORDS;
  const afterStart = comparable(words.slice(startWords).join(' '));
  while (endWords < words.length && occursBeforeEnd(afterStart, comparable(words.slice(-endWords).join(' ')))) endWords++;
  if (startWords + endWords >= words.length) return whole;

  const start = words.slice(0, startWords).join(' ');
  const end = words.slice(-endWords).join(' ');
  return `text=${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/**
 * The link a reader copies for a claim: the page's address (without its
 * current fragment), the claim's id as the fragment, which our pages resolve
 * and highlight, and the text directive for everyone else.
 */
export function claimFragmentUrl(pageUrl: string, id: string, sentence: string, textBefore = ''): string {
  const page = pageUrl.split('#')[0];
  return `${page}#${encodeURIComponent(id)}:~:${textDirective(sentence, textBefore)}`;
}
