/**
 * Validation of the curator's YAML files. Every object is strict: an unknown
 * key is almost always a typo (`pubished:`) that would otherwise be ignored
 * silently. Each schema comes with fix hints per field for the messages.
 */
import { z } from 'zod';
import { hasUiStrings, uiLanguages } from '../../i18n/index.ts';
import { toIsoDate } from '../dates/german-dates.ts';

/** A schema plus what the messages need to explain its fields. */
export interface SchemaSpec<T> {
  schema: z.ZodType<T>;
  /** Problem code for invalid content, e.g. `bad-metadata`. */
  code: string;
  /** Fix to suggest when a field is wrong, by field name. */
  hints: Record<string, string>;
  /**
   * What an empty file (nothing, or only comments) means, for a file the
   * curator may leave empty; without it an empty file is an error.
   */
  empty?: T;
}

/** Optional fields accept an explicit empty value (`url:`) as absent. */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === null ? undefined : value), schema.optional());
}

const text = z.string({ error: 'must be text.' }).trim().min(1, { error: 'is empty.' });

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const language = z
  .string({ error: 'must be text.' })
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'must be a BCP 47 language code such as `de` or `de-AT`.' });

/** An absolute http(s) URL (also a review's source, see src/lib/reviews/). */
export const absoluteUrl = z.string({ error: 'must be text.' }).refine(
  (value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  },
  { error: 'must be an absolute http(s) URL.' },
);

/** A real calendar date written YYYY-MM-DD (also a review's date, see src/lib/reviews/). */
export const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD.' })
  .refine((value) => toIsoDate(...(value.split('-').map(Number) as [number, number, number])) !== undefined, {
    error: 'is not a real calendar date.',
  });

/**
 * `content/dossier.yaml`: the dossier as a whole. The one schema of the
 * configuration: `dossier check`, the loaders and the `dossier` collection
 * (src/content.config.ts) all validate with it.
 */
export const dossierConfigSchema = z.strictObject({
  title: text,
  description: text,
  intro: text,
  // The dossier's language is its interface's: one without UI strings would fail the build later, without the line.
  language: language
    .refine(hasUiStrings, { error: `has no interface texts; use one of ${uiLanguages().map((l) => `\`${l}\``).join(', ')}.` })
    .default('de'),
  baseUrl: absoluteUrl.refine((value) => value.endsWith('/'), { error: 'must end with a slash.' }),
  maxArticleBytes: optional(
    z
      .number({ error: 'must be a number of bytes.' })
      .int({ error: 'must be a whole number of bytes.' })
      .positive({ error: 'must be positive.' }),
  ),
  listPageSize: optional(
    z
      .number({ error: 'must be a number of list entries.' })
      .int({ error: 'must be a whole number of list entries.' })
      .min(1, { error: 'must be at least 1.' })
      .max(1000, { error: 'must be at most 1000 (a page that long is what paging avoids).' }),
  ),
});

/** The dossier's configuration, validated (`language` defaults to `de`). */
export type DossierConfig = z.infer<typeof dossierConfigSchema>;

/** `content/dossier.yaml`, with the fix for each field. */
export const dossierConfigSpec: SchemaSpec<DossierConfig> = {
  code: 'bad-config',
  schema: dossierConfigSchema,
  hints: {
    title: 'Write the dossier title, e.g. `title: Geheimdienstkontakte USA–Russland`.',
    description: 'Write a one-sentence description (used for search engines and link previews).',
    intro: 'Write a short introduction for the home page; use `intro: |` for several paragraphs.',
    language: `Write the language of the dossier's interface, one of ${uiLanguages().map((l) => `\`language: ${l}\``).join(', ')}; for another, add src/i18n/<language>.ts (the same shape as de.ts) first.`,
    baseUrl: 'Write the absolute address the site is published at, ending in a slash, e.g. `baseUrl: https://dossier.example.org/`.',
    maxArticleBytes: 'Write a whole number of bytes, e.g. `maxArticleBytes: 4000000`, or remove the line for the default of 2 MB.',
    listPageSize: 'Write how many entries a list page shows (articles on the home page and an entity page, events on the timeline), e.g. `listPageSize: 50`, or remove the line for the default of 50.',
  },
};

const ruleSchema = z
  .strictObject({
    id: z
      .string({ error: 'must be text.' })
      .regex(KEBAB, { error: 'must be kebab-case (lowercase letters, digits and single dashes).' }),
    pattern: z.string({ error: 'must be text.' }).min(1, { error: 'is empty.' }),
    flags: optional(
      z.string({ error: 'must be text.' }).regex(/^(?!.*(.).*\1)[iu]*$/, {
        error: 'may only contain `i` (ignore case) and `u` (Unicode), each at most once.',
      }),
    ),
    scope: z.enum(['line', 'inline'], { error: 'must be `line` or `inline`.' }).default('line'),
    reason: text,
    outlets: optional(z.array(text, { error: 'must be a list of outlet names.' })),
  })
  .superRefine((rule, ctx) => {
    let regex: RegExp;
    try {
      regex = new RegExp(rule.pattern, rule.flags ?? '');
    } catch (error) {
      ctx.addIssue({
        code: 'custom',
        path: ['pattern'],
        message: `(rule \`${rule.id}\`) is not a valid JavaScript regular expression: ${(error as Error).message}.`,
      });
      return;
    }
    if (regex.test('')) {
      ctx.addIssue({
        code: 'custom',
        path: ['pattern'],
        message: `(rule \`${rule.id}\`) matches the empty string, so it would match every line.`,
      });
    }
  });

/** `content/boilerplate.yaml`. */
export const boilerplateSpec: SchemaSpec<{
  rules: {
    id: string;
    pattern: string;
    flags?: string | undefined;
    scope: 'line' | 'inline';
    reason: string;
    outlets?: string[] | undefined;
  }[];
}> = {
  code: 'bad-rules',
  // A new dossier has no rules of its own yet: the cleaner's built-in ones apply.
  empty: { rules: [] },
  schema: z.strictObject({
    // `rules:` with no list under it is no rules, as an empty file is.
    rules: z.preprocess((value) => value ?? [], z.array(ruleSchema, { error: 'must be a list of rules.' })).superRefine((rules, ctx) => {
      const seen = new Map<string, number>();
      rules.forEach((rule, index) => {
        const first = seen.get(rule.id);
        if (first === undefined) seen.set(rule.id, index);
        else ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `\`${rule.id}\` is already the id of rule ${first + 1}.` });
      });
    }),
  }),
  hints: {
    rules: 'Write `rules:` followed by a list of rules, each with `id`, `pattern`, `reason` and optionally `flags`, `scope`, `outlets`.',
    id: 'Give every rule its own kebab-case id, e.g. `id: newsletter-teaser`.',
    pattern: "Write a JavaScript regular expression in single quotes, e.g. `pattern: '^Mehr zum Thema'`; test it in the browser console with `new RegExp('…')`.",
    flags: 'Use `flags: i` for ignore-case, `u` for Unicode, or remove the line.',
    scope: 'Use `scope: line` to drop whole lines or `scope: inline` to drop only the matched text.',
    reason: 'Say in a few words why this text is boilerplate; readers see it in the removed-text view.',
    outlets: 'List the outlet names exactly as in the sidecars, e.g. `outlets: [RT DE]`, or remove the line to apply the rule everywhere.',
  },
};

/** Sidecar fields whose value `dossier add` can find in the page or the text (see `origin:` and `checked:`). */
export const ORIGIN_FIELDS = ['outlet', 'published', 'modified', 'title', 'url', 'author', 'language'] as const;
/** A sidecar field `origin:` and `checked:` can name. */
export type OriginField = (typeof ORIGIN_FIELDS)[number];

/** `content/articles/<name>.meta.yaml`; `language` defaults to the dossier's. */
export function articleMetaSpec(defaultLanguage: string): SchemaSpec<{
  outlet: string;
  published?: string | undefined;
  url?: string | undefined;
  language: string;
  slug?: string | undefined;
  title?: string | undefined;
  note?: string | undefined;
  cleaning: { keep: string[]; drop: string[] };
  status: 'draft' | 'published';
  author?: string[] | undefined;
  modified?: string | undefined;
  origin: Partial<Record<OriginField, 'page' | 'text'>>;
  checked: OriginField[];
}> {
  const lines = z.array(z.string({ error: 'must be text.' }), { error: 'must be a list of lines.' });
  return {
    code: 'bad-metadata',
    schema: z.strictObject({
      outlet: text,
      published: optional(isoDate),
      url: optional(absoluteUrl),
      language: optional(language).transform((value) => value ?? defaultLanguage),
      slug: optional(
        z.string({ error: 'must be text.' }).regex(KEBAB, { error: 'may contain only lowercase ASCII letters, digits and single dashes.' }),
      ),
      title: optional(text),
      note: optional(z.string({ error: 'must be text.' })),
      cleaning: optional(
        z.strictObject(
          { keep: optional(lines).transform((v) => v ?? []), drop: optional(lines).transform((v) => v ?? []) },
          { error: 'must have `keep:` and/or `drop:` lists.' },
        ),
      ).transform((value) => value ?? { keep: [], drop: [] }),
      status: optional(z.enum(['draft', 'published'], { error: 'must be `draft` or `published`.' })).transform((v) => v ?? 'published'),
      author: optional(z.array(text, { error: 'must be a list of names.' })),
      modified: optional(isoDate),
      origin: optional(
        z.partialRecord(z.enum(ORIGIN_FIELDS, { error: `must be one of ${ORIGIN_FIELDS.join(', ')}.` }), z.enum(['page', 'text'], { error: 'must be `page` or `text`.' }), {
          error: 'must map field names to `page` or `text`.',
        }),
      ).transform((v) => v ?? {}),
      checked: optional(
        z.array(z.enum(ORIGIN_FIELDS, { error: `must be one of ${ORIGIN_FIELDS.join(', ')}.` }), { error: 'must be a list of field names.' }),
      ).transform((v) => v ?? []),
    }),
    hints: {
      outlet: 'Write the name of the outlet, e.g. `outlet: RT DE`; if it cannot be identified, write `outlet: Unbekanntes Nachrichtenportal` and explain in `note:`.',
      published: 'Write the publication date as YYYY-MM-DD, e.g. `published: 2025-03-12`, or remove the line to take the date from the text.',
      url: 'Write the full address of the original article, starting with https://, or remove the line.',
      language: 'Write a language code such as `language: de`, or remove the line to use the dossier language.',
      slug: 'Write a slug such as `slug: naryshkin-ratcliffe-telefonat`, or remove the line. A published article keeps its address; a new `slug:` renames it, and the old address redirects.',
      title: 'Write the title as text, or remove the line to use the title from the article.',
      note: 'Write the note as text.',
      cleaning: 'Write `cleaning:` with `keep:` and/or `drop:` lists of lines.',
      keep: 'List lines (or parts of lines) to keep although a rule removed them, e.g. `keep: ["Moskau fordert Sicherheitsgarantien"]`.',
      drop: 'List lines (or parts of lines) to remove although the cleaner kept them.',
      status: 'Write `status: published` once you have reviewed the article, or `status: draft` to keep it out of the published site.',
      author: 'List the authors, e.g. `author: [Anna Muster]`, or remove the line.',
      modified: 'Write the date of the last update as YYYY-MM-DD, or remove the line.',
      origin: `Map each value \`dossier add\` found to where it found it, e.g. \`origin: { outlet: page }\`, with fields among ${ORIGIN_FIELDS.join(', ')}; remove an entry once you have written the value yourself.`,
      checked: `List the fields you have checked and want no more warnings about, e.g. \`checked: [published]\`.`,
    },
  };
}
