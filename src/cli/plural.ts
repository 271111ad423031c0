/** `1 article`, `2 articles`: English plurals for the CLI's summaries. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
