/**
 * Deterministic synthetic dossiers for benchmarks: German-like news
 * articles about a fixed cast of people and places (spelled the German or
 * the English way depending on the outlet), with dates, invented minor names
 * and compounds so the vocabulary grows as a real dossier's does, and the
 * furniture of several outlets (login prompts, wire disclaimers, teasers,
 * navigation) mixed into the raw text for the cleaner to remove.
 *
 * `syntheticDossier(n, seed)` returns the same articles for the same
 * arguments on every machine; with `OVERLAPPING` as its options, articles
 * are longer and share text as a real dossier's do (wire copies of another
 * outlet's report, sentences taken over from earlier reports), which is
 * what makes cleaning, claims and cross-linking work; `writeSyntheticContent` lays them out as a
 * project's `content/` folder (articles with sidecars, dossier.yaml,
 * boilerplate.yaml and the entity registry).
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { CAST, OUTLETS, type SyntheticEntity } from './synthetic-lexicon.ts';
import { paragraphsFor, titleFor, type Writer } from './synthetic-prose.ts';
import { extractPublicationDate } from '../src/lib/dates/publication-date.ts';
import { seededRandom } from '../src/lib/random/seeded-random.ts';

/** One raw article as a curator would have copied it, with what its sidecar says. */
export interface SyntheticArticle {
  /** File name in `content/articles/`, e.g. `0042_1f0c….txt`. */
  file: string;
  /** The raw text, furniture included. */
  text: string;
  title: string;
  /** The article's paragraphs without any furniture (what a perfect cleaner keeps). */
  paragraphs: string[];
  outlet: string;
  /** ISO date. */
  published: string;
}

/** A registry entry, as `content/entities.yaml` holds it. */
export interface RegistryEntry {
  id: string;
  name: string;
  type: 'person' | 'place';
  description: string;
  aliases: string[];
  contextual: string[];
}

/** A synthetic dossier: its articles and its entity registry. */
export interface SyntheticDossier {
  articles: SyntheticArticle[];
  registry: RegistryEntry[];
}

/** How a dossier's articles overlap and how long they are. */
export interface CorpusOptions {
  /** Share of articles that are another outlet's report taken over with small changes (wire copy). */
  wireCopies: number;
  /** Share of paragraphs that take over one or two sentences of an earlier article. */
  borrowed: number;
  /** Paragraphs of an article that is not a copy: at least, and at most. */
  paragraphs: readonly [number, number];
}

/** The generator as the benchmarks have always used it: articles independent of each other. */
export const INDEPENDENT: CorpusOptions = { wireCopies: 0, borrowed: 0, paragraphs: [3, 6] };

/** Longer articles that share text: a third are wire copies, a quarter of paragraphs borrow sentences. */
export const OVERLAPPING: CorpusOptions = { wireCopies: 0.3, borrowed: 0.25, paragraphs: [5, 10] };

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2021, 0, 1);
const DAYS = 5 * 365;

/** The articles of a dossier of `count` articles. */
export function syntheticDossier(count: number, seed = 1, corpus: CorpusOptions = INDEPENDENT): SyntheticDossier {
  const random = seededRandom(seed);
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
    const day = FIRST_DAY + Math.floor(random() * DAYS) * DAY;
    const writer: Writer = { random, english: outlet.english, mentioned: new Set(), published: day, year: new Date(day).getUTCFullYear() };
    // No draw at all for independent articles: the benchmarks' and tests' dossiers stay the ones they were.
    const source = corpus.wireCopies > 0 && articles.length > 0 && random() < corpus.wireCopies ? articles[Math.floor(random() * articles.length)] : undefined;
    const title = source ? source.title : titleFor(writer);
    const paragraphs = source ? wireCopy(source.paragraphs, writer) : withBorrowed(paragraphsFor(writer, corpus.paragraphs), articles, corpus.borrowed, random);
    const lines = [...outlet.head, '', title, ''];
    paragraphs.forEach((paragraph, p) => {
      lines.push((p === 0 && outlet.wireTag ? outlet.wireTag : '') + paragraph, '');
      if (p < paragraphs.length - 1 && outlet.inside.length > 0 && random() < 0.3) {
        lines.push(outlet.inside[Math.floor(random() * outlet.inside.length)]!, '');
      }
    });
    lines.push(...outlet.tail);
    const text = `${lines.join('\n')}\n`;
    // The text dates only earlier events; one that dates any is taken to report on the day of the latest,
    // which is the date the build reads from the text and warns about when the sidecar says otherwise.
    const published = extractPublicationDate(text)?.iso ?? new Date(day).toISOString().slice(0, 10);
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    articles.push({ file: `${String(i).padStart(4, '0')}_${hash}.txt`, text, title, paragraphs, outlet: outlet.name, published });
  }
  return { articles, registry: CAST.map(registryEntry) };
}

/**
 * Another outlet's report taken over and edited as desks do: in two
 * paragraphs a sentence dropped and one of its own added, and two
 * paragraphs of its own at the end. Edited this much it stays under the
 * near-duplicate share (find-duplicates.ts), which a copy left as it was
 * would rightly reach.
 */
function wireCopy(paragraphs: readonly string[], w: Writer): string[] {
  const copy = paragraphs.map((p) => p.split(/(?<=[.“])\s+(?=\p{Lu}|„)/u));
  for (let edit = 0; edit < 2; edit++) {
    const sentences = copy[Math.floor(w.random() * copy.length)]!;
    if (sentences.length > 1) sentences.splice(Math.floor(w.random() * sentences.length), 1);
    sentences.push(paragraphsFor(w, [1, 1])[0]!.split(/(?<=\.)\s+(?=\p{Lu})/u)[0]!);
  }
  return [...copy.map((sentences) => sentences.join(' ')), ...paragraphsFor(w, [2, 2])];
}

/** Paragraphs of which a share end with one or two sentences of an earlier article, as reports restate what is known. */
function withBorrowed(paragraphs: string[], earlier: readonly SyntheticArticle[], share: number, random: () => number): string[] {
  if (earlier.length === 0 || share === 0) return paragraphs;
  return paragraphs.map((paragraph) => {
    if (random() >= share) return paragraph;
    const other = earlier[Math.floor(random() * earlier.length)]!;
    const sentences = other.paragraphs[Math.floor(random() * other.paragraphs.length)]!.split(/(?<=\.)\s+(?=\p{Lu})/u);
    const start = Math.floor(random() * sentences.length);
    return `${paragraph} ${sentences.slice(start, start + 1 + Math.floor(random() * 2)).join(' ')}`;
  });
}

function registryEntry(e: SyntheticEntity): RegistryEntry {
  const aliases = [e.deShort, e.en, e.enShort, e.ru].filter((a): a is string => a !== undefined && a !== e.de);
  return { id: e.id, name: e.de, type: e.type, description: `${e.de}, ${e.role}.`, aliases: [...new Set(aliases)], contextual: [] };
}

/** Writes `dossier` as `<root>/content/`, replacing what was there. */
export async function writeSyntheticContent(root: string, dossier: SyntheticDossier): Promise<void> {
  const content = join(root, 'content');
  await rm(content, { recursive: true, force: true });
  await mkdir(join(content, 'articles'), { recursive: true });
  await writeFile(
    join(content, 'dossier.yaml'),
    stringify({
      title: `Synthetisches Dossier (${dossier.articles.length} Artikel)`,
      description: 'Ein künstliches Dossier für Messungen.',
      intro: 'Erfundene Berichte über erfundene und reale Namen, für Benchmarks.',
      language: 'de',
      baseUrl: 'https://dossier.example.org/',
    }),
  );
  await writeFile(
    join(content, 'boilerplate.yaml'),
    stringify({ rules: [{ id: 'seaprwire-tagline', pattern: '^Deutsche Nachrichtenveranstaltungen finden statt$', scope: 'line', reason: 'Slogan im Seitenkopf der SeaPRwire-Website', outlets: ['SeaPRwire'] }] }),
  );
  await writeFile(join(content, 'entities.yaml'), stringify({ entities: dossier.registry }));
  await Promise.all(
    dossier.articles.map(async (a) => {
      await writeFile(join(content, 'articles', a.file), a.text);
      await writeFile(join(content, 'articles', a.file.replace(/\.txt$/, '.meta.yaml')), stringify({ outlet: a.outlet, published: a.published }));
    }),
  );
}
