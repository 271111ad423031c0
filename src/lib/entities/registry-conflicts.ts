/**
 * Checks across the entities of the registry: every id and every name the
 * matcher looks for must belong to exactly one entity, or a mention could not
 * be linked unambiguously.
 */
import type { Entity } from './entity.ts';
import { normalizeAlias } from './normalize-alias.ts';

/** A conflict, located at one field of one entity (path relative to `entities[index]`); the message follows the field's path. */
export interface RegistryConflict {
  index: number;
  path: [field: 'id' | 'name' | 'aliases' | 'contextual' | 'articles'] | [field: 'aliases' | 'contextual' | 'articles', position: number];
  message: string;
  fix: string;
}

type NameField = 'name' | 'aliases' | 'contextual';

interface Claim {
  index: number;
  field: NameField;
}

/** Every conflict in a registry whose entities are each valid on their own. */
export function registryConflicts(entities: readonly Entity[]): RegistryConflict[] {
  const conflicts: RegistryConflict[] = [];
  const ids = new Map<string, number>();
  entities.forEach((entity, index) => {
    const first = ids.get(entity.id);
    if (first === undefined) ids.set(entity.id, index);
    else {
      conflicts.push({
        index,
        path: ['id'],
        message: `is already the id of entity ${first + 1} (${entities[first]!.name}).`,
        fix: `Give one of the two entities another id, or merge them into one entry.`,
      });
    }
  });

  const claims = new Map<string, Claim>();
  entities.forEach((entity, index) => {
    const names: Array<[NameField, string, number | undefined]> = [
      ['name', entity.name, undefined],
      ...entity.aliases.map((alias, i): [NameField, string, number] => ['aliases', alias, i]),
      ...entity.contextual.map((alias, i): [NameField, string, number] => ['contextual', alias, i]),
    ];
    for (const [field, name, position] of names) {
      const key = normalizeAlias(name);
      const first = claims.get(key);
      if (!first) {
        claims.set(key, { index, field });
        continue;
      }
      const path: RegistryConflict['path'] = position === undefined || field === 'name' ? [field] : [field, position];
      if (first.index !== index) {
        const owner = entities[first.index]!;
        conflicts.push({
          index,
          path,
          message: `is \`${name}\`, which already stands for entity \`${owner.id}\` (its \`${first.field}\`): one name can link to one entity only.`,
          fix: `Remove \`${name}\` from \`${entity.id}\` or from \`${owner.id}\`. If it is ambiguous, list only unambiguous forms (e.g. the full name) or make it \`contextual\` for one of them.`,
        });
      } else if ((first.field === 'contextual') !== (field === 'contextual')) {
        conflicts.push({
          index,
          path,
          message: `is \`${name}\`, which is also its name or one of its \`aliases\`.`,
          fix: `Keep it in \`aliases\` if it always means ${entity.name}, or only in \`contextual\` if it does only where ${entity.name} is named.`,
        });
      }
    }
  });
  return conflicts;
}
