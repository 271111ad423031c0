import { LineCounter, parseDocument } from 'yaml';
import { formatYamlErrors, formatZodIssues } from './format-issues.ts';
import type { SchemaSpec } from './schemas.ts';
import type { DossierProblem } from './types.ts';

/** A validated YAML file, or the reasons it is not usable. */
export type ParsedYaml<T> = { ok: true; value: T } | { ok: false; problems: DossierProblem[] };

/**
 * Parses and validates the text of one of the curator's YAML files.
 * Syntax errors are reported alone: validating a half-parsed document would
 * add confusing follow-up errors.
 *
 * @param file the file's path relative to the project root, for messages
 */
export function parseYamlFile<T>(file: string, text: string, spec: SchemaSpec<T>): ParsedYaml<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length > 0) return { ok: false, problems: formatYamlErrors(file, doc.errors) };
  const data: unknown = doc.toJS();
  if ((data === null || data === undefined) && spec.empty !== undefined) return { ok: true, value: spec.empty };
  const result = spec.schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, problems: formatZodIssues(file, result.error.issues, spec, doc, lines) };
}
