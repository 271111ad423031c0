/**
 * What `dossier check` says about the addresses the next build changes:
 * the curator should know before publishing that a shared link will now
 * redirect, or show that its article was withdrawn.
 */
import type { DossierProblem } from '../content/types.ts';
import type { AddressChange } from './assign-addresses.ts';

/**
 * A warning per renamed or withdrawn address; new ones need no word.
 * `files` maps article keys to their files (a text or a saved page); a
 * withdrawn article's file is gone, and named as a text.
 */
export function addressWarnings(changes: readonly AddressChange[], files: ReadonlyMap<string, string> = new Map()): DossierProblem[] {
  return changes.flatMap((change): DossierProblem[] => {
    const file = files.get(change.article) ?? `content/articles/${change.article}.txt`;
    if (change.kind === 'renamed') {
      return [{
        file,
        severity: 'warning',
        code: 'address-renamed',
        message: `The article's address moves from /articles/${change.from}/ to /articles/${change.to}/; the old one will redirect there.`,
        fix: `Nothing, if you meant to rename it. Otherwise write \`slug: ${change.from}\` in its .meta.yaml, or remove the \`slug:\` line.`,
      }];
    }
    if (change.kind === 'withdrawn') {
      return [{
        file,
        severity: 'warning',
        code: 'address-withdrawn',
        message: `The article „${change.title}“ is gone; its address /articles/${change.slug}/ will show that it was withdrawn.`,
        fix: 'Nothing, if you deleted it on purpose. Otherwise restore the article file and its .meta.yaml from version control.',
      }];
    }
    return [];
  });
}
