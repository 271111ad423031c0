/**
 * One article as the pipeline carries it from cleaning to cross-linking:
 * cleaned in this run, or reused from an earlier one whose input was the
 * same (the loader's cache). Cross-article steps read only the common
 * fields, so both kinds link alike.
 */
import type { ClaimDraft } from '../claims/draft-claims.ts';
import { draftClaims } from '../claims/draft-claims.ts';
import type { Block } from '../clean/types.ts';
import type { DateExpression } from '../dates/date-expressions.ts';
import type { PreparedArticle } from '../content/prepare-article.ts';
import type { ArticleInput, ArticleRecord, DossierProblem } from '../content/types.ts';
import type { ArticleFields } from './claim-links.ts';

/** What every article state holds: all that the cross-article steps read. */
export interface ArticleBasics {
  input: ArticleInput;
  /** The title: the curator's, the page's or the one found in the text. */
  title: string;
  /** The slug the article asks for, before slugs are made unique across the dossier. */
  wishedSlug: string;
  /** Its problems; a reused article's warnings are told again. */
  problems: DossierProblem[];
  /** The cleaned reading text. */
  blocks: readonly Block[];
  /** Its sentences, before they get their permanent ids. */
  drafts: ClaimDraft[];
  /** The dates of each draft, when an earlier run of the same code read them from these very sentences: cross-linking then reads them no more. */
  claimDates?: ReadonlyArray<readonly DateExpression[]> | undefined;
  /** What cross-linking reads of its metadata. */
  fields: ArticleFields;
}

/** An article cleaned in this run. */
export type FreshState = ArticleBasics & { record: ArticleRecord; reused?: undefined };

/**
 * An article cleaned in this run (`record`), or reused with what the caller
 * kept of it (`reused`); without a reuse hook (`R` is `never`), always cleaned.
 */
export type ArticleState<R = never> = FreshState | ([R] extends [never] ? never : ArticleBasics & { reused: R; record?: undefined });

/** The state of an article cleaned in this run. */
export function freshState(input: ArticleInput, prepared: PreparedArticle): FreshState {
  const { record, problems } = prepared;
  return {
    input,
    record,
    title: record.title.value,
    wishedSlug: record.slug,
    problems,
    blocks: record.cleaned.blocks,
    drafts: draftClaims(record.cleaned.blocks, record.language),
    fields: record,
  };
}
