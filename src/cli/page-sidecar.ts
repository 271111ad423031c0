/**
 * The sidecar `dossier add` writes for a saved or fetched page: every value
 * the page states about itself, each marked `origin: page` with a comment
 * saying where in the page it was found, and `status: draft` until the
 * curator has checked them.
 */
import { stringify } from 'yaml';
import type { OriginField } from '../lib/content/schemas.ts';
import { extractPublicationDate } from '../lib/dates/publication-date.ts';
import type { PageMetadata } from '../lib/html/page-metadata.ts';

export interface PageSidecarInput {
  /** The article's file name in content/articles/. */
  name: string;
  /** What it was added from: a file name or the address fetched. */
  from: string;
  /** The encoding the page was decoded from (WHATWG name). */
  encoding: string;
  page: PageMetadata;
  /** The page's visible text: the date of last resort when the page states none in its markup. */
  source: string;
  /** The title the extraction found in the text; the page's headline is written only where it differs. */
  cleanedTitle: string;
  /** The dossier's language: the page's is written only where it differs. */
  dossierLanguage: string;
  /** A warning for the curator (little text found), written at the top. */
  warning?: string;
}

/** The sidecar's YAML. Every value is quoted by the YAML library, so any headline or name is safe in it. */
export function pageSidecar(input: PageSidecarInput): string {
  const { page } = input;
  const origin: Partial<Record<OriginField, 'page' | 'text'>> = {};
  const lines: string[] = [
    `# Metadata for ${input.name}, added from ${input.from} (${input.encoding}).`,
    '# The values below were read from the page itself (`origin:` says so); check them,',
    '# correct any that are wrong (and remove its `origin:` entry), then set `status: published`.',
  ];
  if (input.warning) lines.push(`# WARNING: ${input.warning}`);
  lines.push('status: draft');

  const field = (name: OriginField, value: unknown, evidence: string, from: 'page' | 'text' = 'page'): void => {
    lines.push(`${name}: ${yamlValue(value)} # ${from === 'page' ? 'from the page' : 'from the text'}: ${evidence}`);
    origin[name] = from;
  };

  if (page.outlet !== undefined) field('outlet', page.outlet, page.evidence.outlet ?? '');
  else lines.push('outlet: "" # the page does not name itself: write the outlet\'s name');

  if (page.published !== undefined) {
    field('published', page.published, page.evidence.published ?? '');
  } else {
    const stated = extractPublicationDate(input.source);
    if (stated) field('published', stated.iso, `${JSON.stringify(stated.evidence)}, the latest date in the text; correct it if that is not the publication date`, 'text');
    else lines.push('# published: YYYY-MM-DD # neither the page nor its text states a date: add it if you know it');
  }
  if (page.modified !== undefined) field('modified', page.modified, page.evidence.modified ?? '');
  if (page.author !== undefined) field('author', page.author, page.evidence.author ?? '');
  if (page.url !== undefined) field('url', page.url, page.evidence.url ?? '');
  else lines.push('# url: https://… # the page states no address: add the original one if you know it');
  const title = sidecarTitle(page, input.cleanedTitle);
  if (title !== undefined) field('title', title, `${page.evidence.title ?? ''}; the text's first heading reads ${JSON.stringify(input.cleanedTitle)}`);
  if (page.language !== undefined && page.language !== input.dossierLanguage.split('-')[0]) field('language', page.language, page.evidence.language ?? '');

  if (Object.keys(origin).length > 0) lines.push(`origin: ${yamlValue(origin)}`);
  lines.push('# note: … # how outlet and date were identified, if you corrected them');
  return `${lines.join('\n')}\n`;
}

/** A value on one line of flow YAML, quoted only where YAML needs it: `"Ein Titel: mit Doppelpunkt"`, `[ Anna Muster, Ben Beispiel ]`, `{ outlet: page }`. */
function yamlValue(value: unknown): string {
  return stringify(value, { collectionStyle: 'flow', lineWidth: 0, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN' }).trim();
}

/**
 * The headline the sidecar sets over the extraction's title, if any: only a
 * headline the page states (JSON-LD, og:title) where the extraction chose
 * none of the page's statements. A title read from `<title>` alone still
 * carries the site's name and sections ("Bohnenviertel - Stadt Stuttgart"):
 * on the development pages, writing it made 16 added titles wrong that the
 * extraction had right, and none right that it had wrong.
 */
export function sidecarTitle(page: PageMetadata, cleanedTitle: string): string | undefined {
  const stated = new Set((page.statedTitles ?? []).map(squash));
  const title = page.title;
  if (title === undefined || squash(title) === squash(cleanedTitle) || !stated.has(squash(title)) || stated.has(squash(cleanedTitle))) return undefined;
  return title;
}

function squash(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}
