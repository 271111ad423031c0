/**
 * Validation of `content/entities.yaml`, entity by entity. Checks across
 * entities (one id or alias claimed twice) are in `registry-conflicts.ts`,
 * which can name both entities involved.
 */
import { z } from 'zod';
import type { SchemaSpec } from '../content/schemas.ts';
import { didYouMean } from '../text/did-you-mean.ts';
import { ENTITY_TYPES, type Entity } from './entity.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const oneLine = z
  .string({ error: 'must be text.' })
  .trim()
  .min(1, { error: 'is empty.' })
  .refine((value) => !/[\r\n]/.test(value), { error: 'must be a single line.' });

/** Something matched in the text: a single letter would match everywhere. */
const alias = oneLine
  .refine((value) => /\p{L}/u.test(value), { error: 'must contain a letter.' })
  .refine((value) => value.length >= 2, { error: 'is too short to be matched reliably (at least 2 characters).' });

/** An absent or empty (`aliases:`) list is an empty list. */
const aliasList = z.preprocess(
  (value) => value ?? [],
  z.array(alias, { error: 'must be a list of names, e.g. `[Naryshkin, Naryschkin]`.' }),
);

/** An article by its file name in content/articles/; an extension is forgiven (`004_x.txt` is `004_x`). */
const articleList = z.preprocess(
  (value) => value ?? [],
  z.array(oneLine.transform((file) => file.replace(/\.(?:txt|html?)$/iu, '')), { error: 'must be a list of article file names, e.g. `[004_bd2a967ae327f507]`.' }),
);

const typeList = ENTITY_TYPES.map((type) => `\`${type}\``).join(', ');

const entitySchema = z.strictObject({
  id: z
    .string({ error: 'must be text.' })
    .regex(KEBAB, { error: 'must be kebab-case ASCII: lowercase letters, digits and single dashes, e.g. `sergey-naryshkin`.' }),
  name: oneLine,
  type: z.enum(ENTITY_TYPES, {
    error: (issue) => {
      const guess = typeof issue.input === 'string' ? didYouMean(issue.input, ENTITY_TYPES) : undefined;
      return `must be one of ${typeList}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`;
    },
  }),
  description: oneLine,
  aliases: aliasList,
  contextual: aliasList,
  articles: articleList,
});

/** `content/entities.yaml`: `entities:`, a list of entities. */
export const entitiesSpec: SchemaSpec<{ entities: Entity[] }> = {
  code: 'bad-entities',
  // A new dossier starts with an empty registry (nothing, or only comments).
  empty: { entities: [] },
  schema: z.strictObject({
    entities: z.preprocess((value) => value ?? [], z.array(entitySchema, { error: 'must be a list of entities.' })),
  }),
  hints: {
    entities: 'Write `entities:` followed by a list of entities, each with `id`, `name`, `type`, `description` and `aliases`.',
    id: 'Give the entity a kebab-case ASCII id, e.g. `id: sergey-naryshkin`; it becomes the address /entities/sergey-naryshkin/.',
    name: 'Write the name as the dossier should show it, e.g. `name: Sergej Naryschkin`.',
    type: `Write one of ${typeList}, e.g. \`type: person\`.`,
    description: 'Write one neutral, factual sentence on one line, e.g. `description: Direktor des russischen Auslandsgeheimdienstes SVR seit 2016.`',
    aliases: 'List the spellings the articles use, one name each, e.g. `aliases: [Naryshkin, Naryschkin, Нарышкин]`.',
    contextual: 'List titles that stand for the entity only where it is also named, e.g. `contextual: [Kreml-Sprecher]`.',
    articles: 'For an event, list the articles about it that do not name it, by file name in content/articles/ without the extension, e.g. `articles: [004_bd2a967ae327f507]`.',
  },
};
