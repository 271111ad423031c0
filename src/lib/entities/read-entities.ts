/**
 * Reads `content/entities.yaml`: YAML syntax, each entity's fields, then the
 * conflicts between entities. Every problem names the file, the line, the
 * field and the entity, with a fix.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, formatYamlErrors, formatZodIssues } from '../content/format-issues.ts';
import type { DossierProblem } from '../content/types.ts';
import { articleLinkConflicts } from './article-links.ts';
import { entitiesSpec } from './entities-spec.ts';
import { ENTITIES_FILE, type Entity } from './entity.ts';
import { registryConflicts } from './registry-conflicts.ts';

/** The registry, or no entities and the reasons. */
export interface EntityRegistry {
  entities: Entity[];
  problems: DossierProblem[];
}

/**
 * Validates the text of the registry file. With any problem no entity is
 * returned: a half-valid registry would link some names and silently not others.
 *
 * @param articles the dossier's articles by key (file name without extension), to check the events' `articles:` against; unchecked when absent
 */
export function parseEntities(text: string, file: string = ENTITIES_FILE, articles?: readonly string[]): EntityRegistry {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  if (doc.errors.length > 0) return { entities: [], problems: formatYamlErrors(file, doc.errors) };
  const data: unknown = doc.toJS();
  if ((data === null || data === undefined) && entitiesSpec.empty) return { entities: entitiesSpec.empty.entities, problems: [] };
  const result = entitiesSpec.schema.safeParse(data);
  if (!result.success) {
    const problems = formatZodIssues(file, result.error.issues, entitiesSpec, doc, lines);
    return { entities: [], problems: problems.map((p) => ({ ...p, message: nameEntity(p.message, doc) })) };
  }
  const { entities } = result.data;
  const conflicts = [...registryConflicts(entities), ...(articles ? articleLinkConflicts(entities, articles) : [])];
  const problems = conflicts.map(({ index, path, message, fix }): DossierProblem => {
    const fullPath = ['entities', index, ...path];
    const line = lineOf(doc, lines, fullPath);
    return {
      file,
      severity: 'error',
      code: entitiesSpec.code,
      message: nameEntity(`${line ? `Line ${line}: ` : ''}\`${formatPath(fullPath)}\` ${message}`, doc),
      fix,
    };
  });
  return problems.length > 0 ? { entities: [], problems } : { entities, problems };
}

/** Reads the registry of the project at `root`; a dossier without the file has no entities. `articles` as for {@link parseEntities}. */
export async function readEntities(root: string, articles?: readonly string[]): Promise<EntityRegistry> {
  let text: string;
  try {
    text = await readFile(join(root, ENTITIES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entities: [], problems: [] };
    throw error;
  }
  return parseEntities(text, ENTITIES_FILE, articles);
}

/** `entities[3].type` → `entities[3].type` (entity `sergey-naryshkin`): the index alone is hard to find in a long file. */
function nameEntity(message: string, doc: Document): string {
  return message.replace(/`entities\[(\d+)\][^`]*`/, (path, index: string) => {
    const entity: unknown = doc.getIn(['entities', Number(index)]);
    const label = entity && typeof entity === 'object' && 'get' in entity ? labelOf(entity as { get(key: string): unknown }) : undefined;
    return label ? `${path} (entity \`${label}\`)` : path;
  });
}

function labelOf(entity: { get(key: string): unknown }): string | undefined {
  const id = entity.get('id');
  const name = entity.get('name');
  return typeof id === 'string' && id ? id : typeof name === 'string' && name ? name : undefined;
}

function lineOf(doc: Document, lines: LineCounter, path: readonly (string | number)[]): number | undefined {
  const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? lines.linePos(node.range[0]).line : undefined;
}
