import { count } from '../lib/content/progress.ts';

/** `1 article`, `2 articles`, `5,000 articles`: English plurals for the CLI's summaries. */
export function plural(n: number, word: string): string {
  return `${count(n)} ${word}${n === 1 ? '' : 's'}`;
}
