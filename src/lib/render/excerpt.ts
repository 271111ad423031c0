/**
 * Shortens reading text for teasers and meta descriptions.
 */

/**
 * Returns `text` if it fits in `maxLength` characters; otherwise cuts it at
 * the last sentence end that fits, or failing that at the last word boundary,
 * and marks the cut with `…`. Leads of scraped articles are sometimes the
 * whole article in one paragraph, so the home page cannot show them whole.
 */
export function excerpt(text: string, maxLength: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= maxLength) return trimmed;
  const window = trimmed.slice(0, maxLength);
  // A sentence end followed by a space; at least a third of the window so a
  // short first sentence does not make an oddly short teaser.
  const sentenceEnd = Math.max(...['. ', '! ', '? ', '.“ ', '.” '].map((end) => {
    const at = window.lastIndexOf(end);
    return at < 0 ? -1 : at + end.length - 1;
  }));
  if (sentenceEnd >= maxLength / 3) return window.slice(0, sentenceEnd);
  return shortenAtWord(trimmed, maxLength);
}

/**
 * Returns `text` if it fits in `maxLength` characters; otherwise cuts it at
 * the last word boundary and marks the cut with `…`. For a single sentence
 * (a quoted claim), where a sentence end inside would be an abbreviation or
 * an ordinal (`12. März`), not a place to stop.
 */
export function shortenAtWord(text: string, maxLength: number): string {
  const trimmed = text.trim();
  if (trimmed.length <= maxLength) return trimmed;
  // Room for the ` …`: the result is never longer than `maxLength`.
  const room = maxLength - 2;
  const wordEnd = trimmed.lastIndexOf(' ', room);
  const cut = wordEnd > 0 ? trimmed.slice(0, wordEnd) : trimmed.slice(0, room);
  return `${cut.replace(/[\s,;:–—-]+$/u, '')} …`;
}
