/**
 * Turns YAML syntax errors and zod validation issues into problems a curator
 * can act on: file, line, field, what is wrong and how to fix it.
 */
import { isMap, isScalar, LineCounter, type Document, type YAMLError } from 'yaml';
import type { z } from 'zod';
import { didYouMean } from '../text/did-you-mean.ts';
import type { SchemaSpec } from './schemas.ts';
import type { DossierProblem } from './types.ts';

type Path = readonly PropertyKey[];

/** Fixes for the YAML mistakes curators make most, by the yaml package's error code. */
const YAML_FIXES: Record<string, string> = {
  BAD_DQ_ESCAPE:
    "A backslash inside double quotes starts an escape sequence: write regular expressions in single quotes, e.g. pattern: '\\d+'.",
  DUPLICATE_KEY: 'A field is written twice: remove one of the two lines.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MISSING_CHAR: 'Close the quote or bracket that was opened, or remove it.',
  BLOCK_AS_IMPLICIT_KEY: 'A value contains `: `; put the value in quotes, e.g. title: "Medien: Gespräche in Ankara".',
  MULTILINE_IMPLICIT_KEY: 'A value contains `: `; put the value in quotes, e.g. title: "Medien: Gespräche in Ankara".',
};

/** One problem per YAML syntax error, with line and column. */
export function formatYamlErrors(file: string, errors: readonly YAMLError[]): DossierProblem[] {
  return errors.map((error) => {
    const pos = error.linePos?.[0];
    // The package's message repeats the position and a code excerpt after `at line`: keep the sentence.
    const what = (error.message.split(/ at line \d+/)[0] ?? error.message).trim();
    return {
      file,
      severity: 'error',
      code: 'yaml-syntax',
      message: `${pos ? `Line ${pos.line}, column ${pos.col}: ` : ''}${what}.`.replace(/\.\.$/, '.'),
      fix: YAML_FIXES[error.code] ?? `Correct the YAML syntax${pos ? ` at line ${pos.line}` : ''} (indentation, colons, quotes).`,
    };
  });
}

/**
 * One problem per zod issue, located in the YAML document when possible.
 * `data` is the parsed YAML the issues are about.
 */
export function formatZodIssues<T>(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  spec: SchemaSpec<T>,
  doc: Document,
  lines: LineCounter,
): DossierProblem[] {
  const data: unknown = doc.toJS();
  const problem = (path: Path, message: string, fix: string): DossierProblem => {
    const line = lineOf(doc, lines, path);
    return { file, severity: 'error', code: spec.code, message: `${line ? `Line ${line}: ` : ''}${message}`, fix };
  };
  return issues.flatMap((issue): DossierProblem[] => {
    if (issue.path.length === 0 && (data === null || typeof data !== 'object' || Array.isArray(data))) {
      return [problem([], data === null || data === undefined ? 'The file has no fields.' : 'The file must be a list of `field: value` lines.', `Write the fields ${fieldList(knownKeys(spec.schema, []))}, one per line as \`field: value\`.`)];
    }
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(spec.schema, issue.path);
      return issue.keys.map((key) => {
        const guess = didYouMean(key, known);
        return problem(
          [...issue.path, key],
          `Unknown field \`${formatPath([...issue.path, key])}\`.${guess ? ` Did you mean \`${guess}\`?` : ''}`,
          guess ? `Rename \`${key}\` to \`${guess}\`.` : `Remove \`${key}\`; the fields allowed here are ${fieldList(known)}.`,
        );
      });
    }
    const field = [...issue.path].reverse().find((key) => typeof key === 'string') ?? '';
    const hint = spec.hints[field] ?? `Correct \`${formatPath(issue.path)}\`.`;
    if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      return [problem(issue.path, `\`${formatPath(issue.path)}\` is missing.`, hint)];
    }
    // Our schemas word their messages to follow the field name (`published` is not a real calendar date).
    return [problem(issue.path, `\`${formatPath(issue.path)}\` ${issue.message}`, hint)];
  });
}

/** `rules[2].pattern`. */
export function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function fieldList(keys: readonly string[]): string {
  return keys.map((key) => `\`${key}\``).join(', ');
}

/** 1-based line of the node at `path`, or of its nearest existing ancestor (a missing field is reported at its parent). */
function lineOf(doc: Document, lines: LineCounter, path: Path): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const parentPath = path.slice(0, depth);
    // An unknown or duplicate key is best shown at the key itself, not its value.
    const parent = depth > 0 ? doc.getIn(parentPath.slice(0, -1), true) : undefined;
    const last = parentPath[parentPath.length - 1];
    if (isMap(parent)) {
      const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
      const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
      if (range) return lines.linePos(range[0]).line;
    }
    const node = depth === 0 ? doc.contents : doc.getIn(parentPath, true);
    const range = node && typeof node === 'object' && 'range' in node ? (node.range as [number, number, number] | undefined) : undefined;
    if (range) return lines.linePos(range[0]).line;
  }
  return undefined;
}

function valueAt(data: unknown, path: Path): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  /** A record's values (`content/reviews.yaml`: claim id → review). */
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Sees through optional/default wrappers and preprocess/transform pipes to the schema that validates. */
function unwrap(schema: z.ZodType): z.ZodType {
  for (;;) {
    const def = defOf(schema);
    if (def.innerType) schema = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) schema = defOf(def.in).type === 'transform' ? def.out : def.in;
    else return schema;
  }
}

/** The field names an object in the schema allows at `path` (for "did you mean"). */
function knownKeys(schema: z.ZodType, path: Path): string[] {
  let current = unwrap(schema);
  for (const key of path) {
    const def = defOf(current);
    const next = typeof key === 'number' ? def.element : def.type === 'record' ? def.valueType : def.shape?.[String(key)];
    if (!next) return [];
    current = unwrap(next);
  }
  return Object.keys(defOf(current).shape ?? {});
}
