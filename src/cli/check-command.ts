import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addressWarnings } from '../lib/addresses/address-warnings.ts';
import { checkAnalyses } from '../lib/analyses/check-analyses.ts';
import { citationIndex } from '../lib/analyses/citation-index.ts';
import { readAnalyses } from '../lib/analyses/read-analyses.ts';
import { buildDate } from '../lib/claims/build-date.ts';
import { describeChanges } from '../lib/claims/describe-changes.ts';
import { articleKey } from '../lib/claims/draft-claims.ts';
import { LEDGER_FILE, readLedger } from '../lib/claims/ledger-file.ts';
import type { LedgerChange } from '../lib/claims/reconcile-ledger.ts';
import { ContentError } from '../lib/content/content-error.ts';
import { DossierError, formatProblem } from '../lib/content/dossier-error.ts';
import { loadDossier } from '../lib/content/load-dossier.ts';
import type { ArticleRecord, DossierProblem } from '../lib/content/types.ts';
import { unmatchedCorrections } from '../lib/content/unmatched-corrections.ts';
import { compileEntityMatcher } from '../lib/entities/entity-matcher.ts';
import { formatUncoveredNames } from '../lib/entities/suggest-entries.ts';
import { uncoveredNames } from '../lib/entities/uncovered-names.ts';
import { dossierReviews } from '../lib/reviews/dossier-reviews.ts';
import { EXIT, parseCommandArgs, UsageError, type Command } from './command.ts';
import { plural } from '../lib/content/progress.ts';
import { describeDraftsForCheck, isDraft } from '../lib/content/publication.ts';
import { publishDossierClaims } from '../lib/pipeline/link-dossier.ts';

/** `dossier check`: everything the build would complain about, without building. */
export const checkCommand: Command = {
  name: 'check',
  help: `Usage: npx dossier check

Reads content/dossier.yaml, content/boilerplate.yaml and every article in
content/articles/ with its .meta.yaml sidecar, cleans the articles as the
build does, and prints every problem found, each with the file and a fix,
including every \`cleaning: keep:\` or \`drop:\` entry that matches no line
of its article (with the closest line). Lists the drafts (status: draft in
the sidecar), which are checked too but which a build leaves out. Compares
the claims of the published articles with content/claims.ledger.json and
warns about every published claim the next build would move to an edited
sentence or withdraw, and the articles with content/articles.ledger.json
about every address that would redirect or show a withdrawal notice. Checks
content/reviews.yaml: each rating on the scale, each reviewed claim and
source claim known to the ledger; warns about a review of a withdrawn
claim (with its last wording) or of a revised one (with both). Lists
the names in the articles that no entity in content/entities.yaml covers,
each with an entry to paste there: the 40 named most often and most
prominently (in titles and leads, in several articles). Checks every
analysis in content/analyses/: its frontmatter, its Markdown (no raw HTML)
and every citation against the ledger as the next build writes it (unknown
ids with the nearest ones, withdrawn claims as warnings, cycles between
analyses). Never modifies content/.

Exit codes: 0 no errors (warnings may remain), 1 errors found, 2 usage error.`,

  async run(args) {
    const { positionals } = parseCommandArgs(args, {});
    if (positionals.length > 0) throw new UsageError(`check takes no arguments (got \`${positionals.join(' ')}\`).`);

    const root = process.cwd();
    let problems: DossierProblem[];
    let articles = 0;
    let claimSummary = '';
    let uncovered = '';
    let drafts = '';
    let draftCount = 0;
    try {
      const dossier = await loadDossier(root);
      articles = dossier.articles.length;
      // What the next build publishes: drafts get no claim id, so the ledger is compared with the published articles alone.
      const published = dossier.states.filter((state) => !isDraft(state.input));
      const leftOut = dossier.states.filter((state) => isDraft(state.input));
      drafts = describeDraftsForCheck(leftOut.map((state) => state.input.file)) ?? '';
      draftCount = leftOut.length;
      const { claims, changes, ledger } = publishDossierClaims(published, await readLedger(root), buildDate());
      // The ledger names articles by key; a key's file may be a text or a saved page.
      const files = new Map(dossier.articles.map((article) => [articleKey(article.file), article.file]));
      problems = [
        ...dossier.problems,
        ...(await correctionProblems(root, dossier.articles)),
        ...changes.flatMap((change) => ledgerProblem(change, files.get(change.article) ?? `content/articles/${change.article}.txt`)),
        ...addressWarnings(dossier.addresses.changes, files),
        // Against the ledger the next build publishes: a review of a claim this edit revises already follows it.
        ...(await dossierReviews(root, ledger)).problems,
        ...(await analysisProblems(root, citationIndex(published.map((state) => state.record), ledger, dossier.entities, dossier.addresses.ledger))),
      ];
      claimSummary = `${plural([...claims.values()].flat().length, 'claim')} (${describeChanges(changes)} since ${LEDGER_FILE}).\n`;
      uncovered = formatUncoveredNames(uncoveredNames(dossier.articles, compileEntityMatcher(dossier.entities)));
    } catch (error) {
      if (error instanceof DossierError) problems = [...error.problems];
      else if (error instanceof ContentError) problems = [error.toProblem()];
      else throw error;
    }

    for (const problem of problems) process.stdout.write(`${formatProblem(problem)}\n`);
    const errors = problems.filter((p) => p.severity === 'error').length;
    const warnings = problems.length - errors;
    if (problems.length > 0) process.stdout.write('\n');
    if (uncovered) process.stdout.write(`${uncovered}\n`);
    if (drafts) process.stdout.write(`${drafts}\n`);
    process.stdout.write(claimSummary);
    const ofWhich = draftCount > 0 ? ` (${plural(draftCount, 'draft')})` : '';
    process.stdout.write(`${plural(articles, 'article')}${ofWhich}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.\n`);
    return errors > 0 ? EXIT.problem : EXIT.ok;
  },
};

/** The corrections in sidecars that match nothing: the build ignores them, the curator should not. */
async function correctionProblems(root: string, articles: readonly ArticleRecord[]): Promise<DossierProblem[]> {
  const corrected = articles.filter((a) => a.meta.cleaning.keep.length + a.meta.cleaning.drop.length > 0);
  const problems = await Promise.all(
    corrected.map(async (a) =>
      unmatchedCorrections({ file: a.file, metaFile: a.metaFile, source: a.source, cleaning: a.meta.cleaning }, await readFile(join(root, a.metaFile), 'utf8')),
    ),
  );
  return problems.flat();
}

/** The analyses' problems: frontmatter, Markdown and citations, against the claims the next build publishes. */
async function analysisProblems(root: string, index: Parameters<typeof checkAnalyses>[1]): Promise<DossierProblem[]> {
  const { analyses, problems } = await readAnalyses(root);
  return [...problems, ...checkAnalyses(analyses, index).problems];
}

/** A published claim that the next build moves or withdraws: the curator should know before publishing. */
function ledgerProblem(change: LedgerChange, file: string): DossierProblem[] {
  const quote = (text: string) => `„${text.length > 80 ? `${text.slice(0, 79)}…` : text}“`;
  if (change.kind === 'moved') {
    return [{
      file,
      severity: 'warning',
      code: 'claim-moved',
      message: `The published claim ${change.id} ${quote(change.text)} is no longer in the text; its permalink will lead to ${change.successor}, the most similar sentence.`,
      fix: 'Nothing, if that sentence is its revision. Otherwise restore the original wording, or accept that the link now shows the revision.',
    }];
  }
  if (change.kind === 'withdrawn') {
    return [{
      file,
      severity: 'warning',
      code: 'claim-withdrawn',
      message: `The published claim ${change.id} ${quote(change.text)} is gone; its permalink will show a withdrawal notice with the last text.`,
      fix: 'Nothing, if the sentence was removed on purpose. If it was lost by mistake (e.g. a cleaning rule), restore it.',
    }];
  }
  return [];
}
