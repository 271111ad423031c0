import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { countOutletLines, type OutletLines } from '../clean/outlet-repeats.ts';
import type { BoilerplateRule } from '../clean/types.ts';
import type { Entity } from '../entities/entity.ts';
import { articleKey } from '../claims/draft-claims.ts';
import { readEntities } from '../entities/read-entities.ts';
import { describeDuplicate, findDuplicates } from './find-duplicates.ts';
import { parseYamlFile } from './parse-yaml-file.ts';
import { ARTICLES_DIR, scanArticles } from './scan-articles.ts';
import { articleMetaSpec, boilerplateSpec, dossierConfigSpec, type SchemaSpec } from './schemas.ts';
import type { ArticleInput, DossierConfig, DossierProblem } from './types.ts';

export const CONFIG_FILE = 'content/dossier.yaml';
export const RULES_FILE = 'content/boilerplate.yaml';

/** The curator's files, validated, before any article is cleaned. */
export interface DossierSources {
  /** Undefined when `content/dossier.yaml` is missing or invalid (the problems say why). */
  config: DossierConfig | undefined;
  rules: BoilerplateRule[];
  /** The entity registry (`content/entities.yaml`); empty when it is missing or invalid. */
  entities: Entity[];
  /** Articles with a valid sidecar, sorted by file name; unreadable ones and later duplicates are left out. */
  inputs: ArticleInput[];
  problems: DossierProblem[];
}

/**
 * Reads and validates everything under `<root>/content/`: the dossier
 * config, the boilerplate rules, and each article with its sidecar. Never
 * throws for bad content: every problem found is returned, so a curator sees
 * them all at once.
 */
export async function readDossier(root: string): Promise<DossierSources> {
  const problems: DossierProblem[] = [];
  const config = await readConfig(root, problems);
  // Without a boilerplate file the cleaner's built-in rules still apply.
  const rules = (await readYaml(root, RULES_FILE, boilerplateSpec, problems))?.rules ?? [];
  const scan = await scanArticles(root, config?.maxArticleBytes);
  // The registry's events may name articles: it is checked against the files found.
  const registry = await readEntities(root, [...scan.txtNames].map(articleKey));
  problems.push(...registry.problems, ...scan.problems);

  const duplicates = new Set<string>();
  for (const dup of findDuplicates(scan.texts.map((t) => ({ file: t.file, text: t.source })))) {
    duplicates.add(dup.file);
    problems.push({
      file: dup.file,
      severity: 'error',
      code: 'duplicate-article',
      message: `This article is ${describeDuplicate(dup)}.`,
      fix: `Delete one of the two (the article file and its .meta.yaml), keeping the cleaner copy.`,
    });
  }

  // A broken config is already reported; its language only matters for sidecar defaults meanwhile.
  const metaSpec = articleMetaSpec(config?.language ?? 'de');
  const inputs: ArticleInput[] = [];
  const sidecars = new Set(scan.sidecarNames);
  for (const text of scan.texts) {
    if (duplicates.has(text.file)) continue;
    if (!sidecars.has(basename(text.metaFile))) {
      problems.push({
        file: text.file,
        severity: 'error',
        code: 'missing-metadata',
        message: `The article has no sidecar ${text.metaFile} (outlet, date).`,
        fix: `Run \`npx dossier add ${text.file}\` to write one, then fill in the outlet.`,
      });
      continue;
    }
    const meta = await readYaml(root, text.metaFile, metaSpec, problems);
    if (meta) inputs.push({ ...text, meta });
  }

  for (const name of scan.sidecarNames) {
    const stem = name.replace(/\.meta\.yaml$/, '');
    if (!['.txt', '.html', '.htm'].some((ext) => scan.txtNames.has(`${stem}${ext}`))) {
      problems.push({
        file: `${ARTICLES_DIR}/${name}`,
        severity: 'error',
        code: 'orphan-metadata',
        message: `This sidecar has no article: neither ${ARTICLES_DIR}/${stem}.txt nor ${stem}.html exists.`,
        fix: `Delete the sidecar, or rename it to match its article's file name.`,
      });
    }
  }

  return { config, rules, entities: registry.entities, inputs, problems };
}

/**
 * Line counts per outlet, for the cleaner's detection of outlet furniture
 * (navigation, footers repeated on every page): counted once per outlet,
 * then looked up per article, so the work grows with the dossier, not with
 * its square.
 */
export function outletLinesFor(inputs: readonly ArticleInput[]): (input: ArticleInput) => OutletLines {
  const byOutlet = new Map<string, string[]>();
  for (const input of inputs) {
    const texts = byOutlet.get(input.meta.outlet) ?? [];
    texts.push(input.source);
    byOutlet.set(input.meta.outlet, texts);
  }
  const counted = new Map([...byOutlet].map(([outlet, texts]) => [outlet, countOutletLines(texts)]));
  return (input) => counted.get(input.meta.outlet) ?? countOutletLines([input.source]);
}

/**
 * Reads `content/dossier.yaml`; undefined (with the reasons added to
 * `problems`) when it is missing or invalid.
 */
export async function readConfig(root: string, problems: DossierProblem[]): Promise<DossierConfig | undefined> {
  const config = await readYaml(root, CONFIG_FILE, dossierConfigSpec, problems);
  if (config === null) {
    problems.push({
      file: CONFIG_FILE,
      severity: 'error',
      code: 'missing-config',
      message: 'The dossier configuration is missing.',
      fix: `Create ${CONFIG_FILE} with \`title:\`, \`description:\`, \`intro:\`, \`language:\` and \`baseUrl:\`.`,
    });
  }
  return config ?? undefined;
}

/**
 * Parses one YAML file of the curator's. Returns null when the file does not
 * exist (callers decide whether that matters), undefined when it is invalid.
 */
async function readYaml<T>(root: string, file: string, spec: SchemaSpec<T>, problems: DossierProblem[]): Promise<T | null | undefined> {
  let text: string;
  try {
    text = readFileSync(join(root, file), 'utf8'); // one sidecar per article: see scanArticles
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const parsed = parseYamlFile(file, text, spec);
  if (parsed.ok) return parsed.value;
  problems.push(...parsed.problems);
  return undefined;
}
