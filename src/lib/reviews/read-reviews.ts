/**
 * Reads `content/reviews.yaml`: YAML syntax and each review's fields, with
 * the line of every review's key, so that later checks against the ledger
 * (`resolve-reviews.ts`) can name the line too.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { formatYamlErrors, formatZodIssues } from '../content/format-issues.ts';
import type { DossierProblem } from '../content/types.ts';
import { CLAIM_ID_KEY_FIX, REVIEWS_FILE, reviewsSpec, type ReviewInput } from './reviews-spec.ts';

/** A review with the claim id it was written under and the line of that id. */
export interface WrittenReview extends ReviewInput {
  id: string;
  line: number;
  /** Line of each source, in order (a source is reported where it stands). */
  sourceLines: number[];
}

/** The reviews of a file, or none and the reasons. */
export interface ReviewsFile {
  reviews: WrittenReview[];
  problems: DossierProblem[];
}

/**
 * Validates the text of the reviews file. With any problem no review is
 * returned: publishing some verdicts and silently not others would misstate
 * what the curator said.
 */
export function parseReviews(text: string, file: string = REVIEWS_FILE): ReviewsFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) return { reviews: [], problems: formatYamlErrors(file, doc.errors) };
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return { reviews: [], problems: [] };
  const result = reviewsSpec.schema.safeParse(data);
  if (!result.success) {
    const problems = formatZodIssues(file, result.error.issues, reviewsSpec, doc, lines);
    return { reviews: [], problems: problems.map((p) => (p.message.endsWith('/c/<id>/).') ? { ...p, fix: CLAIM_ID_KEY_FIX } : p)) };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? 0 : lines.linePos(offset).line);
  const keyLines = new Map<string, number>();
  const sourceLines = new Map<string, number[]>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (!isScalar(pair.key)) continue;
      const id = String(pair.key.value);
      keyLines.set(id, lineAt(pair.key.range?.[0]));
      const sources = doc.getIn([id, 'sources'], true) as { items?: Array<{ range?: [number, number, number] }> } | undefined;
      sourceLines.set(id, (sources?.items ?? []).map((item) => lineAt(item.range?.[0])));
    }
  }
  const reviews = Object.entries(result.data).map(([id, review]) => ({
    ...review,
    id,
    line: keyLines.get(id) ?? 0,
    sourceLines: sourceLines.get(id) ?? [],
  }));
  return { reviews, problems: [] };
}

/** Reads the reviews of the project at `root`; a dossier without the file has none. */
export async function readReviews(root: string): Promise<ReviewsFile> {
  let text: string;
  try {
    text = await readFile(join(root, REVIEWS_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { reviews: [], problems: [] };
    throw error;
  }
  return parseReviews(text);
}
