import { buildDate } from '../lib/claims/build-date.ts';
import { articleKey, draftClaims } from '../lib/claims/draft-claims.ts';
import { readLedger } from '../lib/claims/ledger-file.ts';
import { publishClaims } from '../lib/claims/publish-claims.ts';
import { loadDossier } from '../lib/content/load-dossier.ts';
import { publishDossierClaims } from '../lib/pipeline/link-dossier.ts';
import { cleanTarget } from './clean-target.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';

/** `dossier claims`: the sentences of one article with the permanent ids the site gives them. */
export const claimsCommand: Command = {
  name: 'claims',
  help: `Usage: npx dossier claims [--article <key>] <file | ->

Cleans the article like \`dossier clean\`, splits its paragraphs into
sentences and prints one claim per line as <id><TAB><text>.
For a file in content/articles/ the ids are exactly those the site
publishes (checked against content/claims.ledger.json). For any other file
the ids are those it would get as an article named <key> (default: the file
name without .txt or .html; "stdin" for \`-\`).

Exit codes: 0 ok, 1 content problem (message on stderr), 2 usage error.`,

  async run(args) {
    const { values, positionals } = parseCommandArgs(args, { article: { type: 'string' } });
    const [target, ...extra] = positionals;
    if (target === undefined || extra.length > 0) throw new UsageError('claims takes exactly one file, or `-` for standard input.');

    const root = process.cwd();
    const cleaned = await cleanTarget(root, target);
    if (typeof cleaned === 'number') return cleaned;
    const ledger = await readLedger(root);
    const inDossier = cleaned.input !== undefined && values.article === undefined;
    const key = values.article ?? (target === '-' ? 'stdin' : articleKey(target));
    const claims = inDossier
      ? publishDossierClaims((await loadDossier(root)).states, ledger, buildDate()).claims.get(articleKey(cleaned.input!.file)) ?? []
      : publishClaims([{ article: key, drafts: draftClaims(cleaned.article.blocks, cleaned.language) }], ledger, buildDate()).claims.get(key) ?? [];
    process.stdout.write(claims.map((c) => `${c.id}\t${c.text}\n`).join(''));
    return claims.length > 0 ? EXIT.ok : EXIT.problem;
  },
};
