/**
 * An analysis file, `content/analyses/<slug>.md`: YAML frontmatter between
 * `---` lines (title, date, author, summary), then the curator's Markdown.
 * Every problem names the file and the line, as the other content files do.
 */
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { formatYamlErrors, formatZodIssues } from '../content/format-issues.ts';
import type { SchemaSpec } from '../content/schemas.ts';
import type { DossierProblem } from '../content/types.ts';

/** Where analyses live, relative to the project root. */
export const ANALYSES_DIR = 'content/analyses';

/** A slug is the file name: lower-case ASCII words joined by hyphens, as article slugs are. */
export const ANALYSIS_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const line = z
  .string({ error: 'must be text.' })
  .trim()
  .min(1, { error: 'is empty.' })
  .refine((value) => !/[\r\n]/.test(value), { error: 'must be a single line.' });

/** The frontmatter of an analysis. */
export const analysisFrontmatterSpec: SchemaSpec<{ title: string; date: string; author: string; summary: string }> = {
  code: 'bad-analysis',
  schema: z.strictObject({
    title: line,
    // YAML reads an unquoted 2025-03-12 as a date: take it back to the text the curator wrote.
    date: z.preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
      z.string({ error: 'must be a date as YYYY-MM-DD.' }).regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date as YYYY-MM-DD.' }),
    ),
    author: line,
    summary: z.string({ error: 'must be text.' }).trim().min(1, { error: 'is empty.' }),
  }),
  hints: {
    title: 'Write the title on one line, e.g. `title: "Was über die Kontakte bekannt ist"`.',
    date: 'Write the date of the analysis as `date: 2025-03-20`.',
    author: 'Write who wrote the analysis, e.g. `author: Redaktion`.',
    summary: 'Write one or two sentences that say what the analysis finds, e.g. `summary: Drei Berichte stützen …`.',
  },
};

export type AnalysisFrontmatter = z.infer<typeof analysisFrontmatterSpec.schema>;

/** An analysis file as read: its frontmatter, its Markdown and the line the Markdown starts on. */
export interface AnalysisSource {
  slug: string;
  /** Path relative to the project root. */
  file: string;
  frontmatter: AnalysisFrontmatter;
  body: string;
  /** 1-based line of the file on which `body` begins: citation problems add it to the body's own line. */
  bodyLine: number;
}

/** An analysis as the `analyses` collection stores it (src/content.config.ts): the frontmatter flattened beside the Markdown. */
export const analysisEntrySchema = z.object({
  slug: z.string().regex(ANALYSIS_SLUG),
  file: z.string(),
  title: z.string().min(1),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  author: z.string().min(1),
  summary: z.string().min(1),
  body: z.string(),
  /** The file's line on which `body` begins, for problems that name a line. */
  bodyLine: z.number().int().positive(),
});

/** The file's frontmatter and Markdown, or the problems that keep it from being published. */
export function parseAnalysisFile(file: string, text: string): { analysis?: AnalysisSource; problems: DossierProblem[] } {
  const slug = file.replace(/^.*\//, '').replace(/\.md$/, '');
  const problem = (message: string, fix: string): DossierProblem => ({ file, severity: 'error', code: analysisFrontmatterSpec.code, message, fix });
  if (!ANALYSIS_SLUG.test(slug)) {
    return { problems: [problem(`The file name \`${slug}.md\` is not a slug: it becomes the page's address.`, 'Rename the file to lower-case letters, digits and hyphens, e.g. `kontakte-der-dienste.md`.')] };
  }
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const close = lines[0]?.trim() === '---' ? lines.findIndex((l, i) => i > 0 && l.trim() === '---') : -1;
  if (close < 0) {
    return {
      problems: [problem(`Line 1: the file must begin with frontmatter between two \`---\` lines.`, 'Begin the file with `---`, the lines `title:`, `date:`, `author:` and `summary:`, and another `---`; the Markdown follows.')],
    };
  }
  // A leading newline makes the YAML's line numbers the file's: line 1 is the opening `---`.
  const yamlText = `\n${lines.slice(1, close).join('\n')}`;
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: true });
  if (doc.errors.length > 0) return { problems: formatYamlErrors(file, doc.errors) };
  const result = analysisFrontmatterSpec.schema.safeParse(doc.toJS());
  if (!result.success) return { problems: formatZodIssues(file, result.error.issues, analysisFrontmatterSpec, doc, counter) };
  return { analysis: { slug, file, frontmatter: result.data, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 }, problems: [] };
}
