/** The seed articles by their number (`000` … `004`), for tests about particular seeds. */
import { articles } from './expected-dossier.ts';

/** The article whose raw file is `content/articles/<seed>_….txt`. */
export function seed(number: string) {
  const article = articles.find((a) => a.file.startsWith(`content/articles/${number}_`));
  if (!article) throw new Error(`No seed article ${number}.`);
  return article;
}
