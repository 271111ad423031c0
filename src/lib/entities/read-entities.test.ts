import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_ROOT } from '../../test-support/temp-project.ts';
import { articleKey } from '../claims/draft-claims.ts';
import { ARTICLES_DIR } from '../content/scan-articles.ts';
import { ENTITIES_FILE } from './entity.ts';
import { parseEntities } from './read-entities.ts';

const entity = (fields: string) => `entities:\n  - id: sergey-naryshkin\n    name: Sergej Naryschkin\n    type: person\n    description: Direktor des SVR.\n${fields}`;

function problemOf(text: string) {
  const { entities, problems } = parseEntities(text);
  expect(entities).toEqual([]);
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem).toMatchObject({ file: ENTITIES_FILE, severity: 'error', code: 'bad-entities' });
  return problem!;
}

describe('the repository registry', () => {
  it('is valid, its events linked to articles that exist, and every entity has a name matched in the text', async () => {
    const keys = (await readdir(join(SEED_ROOT, ARTICLES_DIR))).filter((name) => !name.endsWith('.meta.yaml')).map(articleKey);
    const { entities, problems } = parseEntities(await readFile(join(SEED_ROOT, ENTITIES_FILE), 'utf8'), ENTITIES_FILE, keys);
    expect(problems).toEqual([]);
    expect(entities.length).toBeGreaterThan(40);
    expect(new Set(entities.map((e) => e.type))).toEqual(new Set(['person', 'organisation', 'place', 'event']));
  });
});

describe('parseEntities', () => {
  it('reads an entity; missing alias lists are empty', () => {
    expect(parseEntities(entity('    aliases: [Naryshkin, Нарышкин]\n'))).toEqual({
      entities: [
        {
          id: 'sergey-naryshkin',
          name: 'Sergej Naryschkin',
          type: 'person',
          description: 'Direktor des SVR.',
          aliases: ['Naryshkin', 'Нарышкин'],
          contextual: [],
          articles: [],
        },
      ],
      problems: [],
    });
  });

  it('names the entity, the field and the allowed types for an unknown type, with a guess', () => {
    const problem = problemOf(entity('').replace('type: person', 'type: organization'));
    expect(problem.message).toBe(
      'Line 4: `entities[0].type` (entity `sergey-naryshkin`) must be one of `person`, `organisation`, `place`, `event` (did you mean `organisation`?).',
    );
    expect(problem.fix).toContain('type: person');
  });

  it('rejects an id that is no kebab-case ASCII slug, naming the entity by its name', () => {
    const problem = problemOf(entity('').replace('id: sergey-naryshkin', 'id: Sergej Naryschkin'));
    expect(problem.message).toMatch(/^Line 2: `entities\[0\]\.id` \(entity `Sergej Naryschkin`\) must be kebab-case ASCII/);
    expect(problem.fix).toContain('/entities/sergey-naryshkin/');
  });

  it('reports a missing description and a misspelt field with their fixes', () => {
    const { problems } = parseEntities(entity('    aliasses: [Naryshkin]\n').replace('    description: Direktor des SVR.\n', ''));
    expect(problems.map((p) => p.message)).toEqual([
      'Line 2: `entities[0].description` (entity `sergey-naryshkin`) is missing.',
      'Line 5: Unknown field `entities[0].aliasses` (entity `sergey-naryshkin`). Did you mean `aliases`?',
    ]);
    expect(problems[1]!.fix).toBe('Rename `aliasses` to `aliases`.');
  });

  it('rejects aliases too short or without a letter to be matched reliably', () => {
    expect(problemOf(entity('    aliases: [N]\n')).message).toContain('`entities[0].aliases[0]` (entity `sergey-naryshkin`) is too short');
    expect(problemOf(entity('    aliases: ["2022"]\n')).message).toContain('must contain a letter');
  });

  it('names both entities when one alias is claimed twice', () => {
    const text = `${entity('    aliases: [Naryshkin]\n')}  - id: svr\n    name: SVR\n    type: organisation\n    description: Auslandsgeheimdienst.\n    aliases: [Auslandsgeheimdienst, Naryshkin]\n`;
    const problem = problemOf(text);
    expect(problem.message).toBe(
      'Line 11: `entities[1].aliases[1]` (entity `svr`) is `Naryshkin`, which already stands for entity `sergey-naryshkin` (its `aliases`): one name can link to one entity only.',
    );
    expect(problem.fix).toContain('Remove `Naryshkin` from `svr` or from `sergey-naryshkin`');
  });

  it('treats spacing variants of a name as the same name', () => {
    const text = `${entity('')}  - id: other\n    name: "Sergej  Naryschkin"\n    type: person\n    description: Jemand.\n`;
    expect(problemOf(text).message).toContain('`entities[1].name` (entity `other`) is `Sergej  Naryschkin`, which already stands for entity `sergey-naryshkin` (its `name`)');
  });

  it('rejects a duplicate id and a name listed both as alias and contextual', () => {
    const text = `${entity('    aliases: [Naryshkin]\n    contextual: [Naryshkin]\n')}  - id: sergey-naryshkin\n    name: Naryschkin\n    type: person\n    description: Doppelt.\n`;
    const { problems } = parseEntities(text);
    expect(problems.map((p) => p.message)).toEqual([
      'Line 8: `entities[1].id` (entity `sergey-naryshkin`) is already the id of entity 1 (Sergej Naryschkin).',
      'Line 7: `entities[0].contextual[0]` (entity `sergey-naryshkin`) is `Naryshkin`, which is also its name or one of its `aliases`.',
    ]);
  });

  it('lets an event list its articles by file name, with or without the extension', () => {
    const call = `entities:\n  - id: naryshkin-ratcliffe-call-2025\n    name: Telefonat von Naryschkin und Ratcliffe\n    type: event\n    description: Telefongespräch im März 2025.\n    articles: [000_9b40cf4b3cb6ef87, 001_6f10fa47b279544a.txt]\n`;
    const { entities, problems } = parseEntities(call, ENTITIES_FILE, ['000_9b40cf4b3cb6ef87', '001_6f10fa47b279544a']);
    expect(problems).toEqual([]);
    expect(entities[0]!.articles).toEqual(['000_9b40cf4b3cb6ef87', '001_6f10fa47b279544a']);
  });

  it('names the line, the entity and a likely article when an event lists an article the dossier lacks', () => {
    const call = `entities:\n  - id: naryshkin-ratcliffe-call-2025\n    name: Telefonat von Naryschkin und Ratcliffe\n    type: event\n    description: Telefongespräch im März 2025.\n    articles:\n      - 000_9b40cf4b3cb6ef87\n      - 001_6f10fa47b279544\n`;
    const { entities, problems } = parseEntities(call, ENTITIES_FILE, ['000_9b40cf4b3cb6ef87', '001_6f10fa47b279544a']);
    expect(entities).toEqual([]);
    expect(problems).toEqual([
      {
        file: ENTITIES_FILE,
        severity: 'error',
        code: 'bad-entities',
        message: 'Line 8: `entities[0].articles[1]` (entity `naryshkin-ratcliffe-call-2025`) is `001_6f10fa47b279544`, which is no article in content/articles/.',
        fix: "Did you mean `001_6f10fa47b279544a`? Write the article's file name without its extension.",
      },
    ]);
  });

  it('lets only events list articles', () => {
    const { problems } = parseEntities(entity('    articles: [000_9b40cf4b3cb6ef87]\n'), ENTITIES_FILE, ['000_9b40cf4b3cb6ef87']);
    expect(problems.map((p) => p.message)).toEqual(['Line 6: `entities[0].articles` (entity `sergey-naryshkin`) is given for a person; only an event lists its articles.']);
  });

  it('reports YAML syntax errors alone, with their line', () => {
    const { problems } = parseEntities('entities:\n  - id: x\n\tname: y\n');
    expect(problems[0]).toMatchObject({ code: 'yaml-syntax' });
  });

  it('accepts an empty registry: `entities:` alone, an empty file, or only comments', () => {
    expect(parseEntities('entities:\n')).toEqual({ entities: [], problems: [] });
    expect(parseEntities('')).toEqual({ entities: [], problems: [] });
    expect(parseEntities('# The people of this dossier.\n#\n# entities:\n#   - id: x\n')).toEqual({ entities: [], problems: [] });
  });

  it('still rejects a registry that is not a list of fields', () => {
    expect(parseEntities('- a\n- b\n').problems[0]?.message).toBe('Line 1: The file must be a list of `field: value` lines.');
  });
});
