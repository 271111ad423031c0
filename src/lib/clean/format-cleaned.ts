/** The plain-text form of a cleaned article, as `dossier clean` prints it. */
import type { CleanedArticle } from './types.ts';

/** Title on the first line, a blank line, then one block per paragraph or subheading, separated by blank lines. */
export function formatCleaned(article: CleanedArticle): string {
  return [article.title, ...article.blocks.map((b) => b.text)].filter((t) => t !== '').join('\n\n') + '\n';
}
