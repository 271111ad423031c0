/**
 * The hand labels of the mixed test dossier (test-fixtures/mixed-dossier/
 * labels.yaml) and how cross-linking measures against them: precision and
 * recall of corroborated sentence pairs, precision of related articles, and
 * every link between articles of different topics.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { LinkedDossier } from './link-dossier.ts';
import { REPO_ROOT } from './temp-project.ts';

/** The mixed dossier: the seeds and fifteen real pages on other stories. */
export const MIXED_ROOT = join(REPO_ROOT, 'test-fixtures/mixed-dossier');

const pair = z.tuple([z.string(), z.string()]);
const labelsSchema = z.object({
  topics: z.record(z.string(), z.array(z.string())),
  related: z.array(pair),
  corroborations: z.array(pair),
  either: z.array(pair),
});

/** The labels as written. */
export type MixedLabels = z.infer<typeof labelsSchema>;

export async function readMixedLabels(): Promise<MixedLabels> {
  return labelsSchema.parse(parse(await readFile(join(MIXED_ROOT, 'labels.yaml'), 'utf8')));
}

/** What the links score against the labels. */
export interface LinkScores {
  corroboration: { precision: number; recall: number; found: number; labelled: number; predicted: number; falsePairs: string[]; missed: string[] };
  related: { precision: number; recall: number; shown: number; falsePairs: string[] };
  /** Pairs of articles of different topics linked by either kind of link. */
  crossTopic: string[];
}

const key = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const articleOf = (claimId: string) => claimId.split('.')[0]!;

/** Scores `linked` against `labels`; a label naming no claim, or several, throws. */
export function scoreLinks(linked: LinkedDossier, labels: MixedLabels): LinkScores {
  const claimOf = (label: string): string => {
    const [, article, start] = /^(\d{3}): (.+)$/.exec(label) ?? [];
    const found = linked.articles.find((a) => a.slug === article)?.claims.filter((c) => c.text.startsWith(start!)) ?? [];
    if (found.length !== 1) throw new Error(`labels.yaml: "${label}" names ${found.length} claims, not one`);
    return found[0]!.id;
  };
  const truth = new Set(labels.corroborations.map(([a, b]) => key(claimOf(a), claimOf(b))));
  const either = new Set(labels.either.map(([a, b]) => key(claimOf(a), claimOf(b))));
  const topicOf = new Map(Object.entries(labels.topics).flatMap(([topic, list]) => list.map((a) => [a, topic])));
  const text = new Map(linked.articles.flatMap((a) => a.claims.map((c) => [c.id, c.text])));

  const predicted = new Set<string>();
  for (const [id, { corroboration }] of linked.links.claims) for (const r of corroboration.reports) predicted.add(key(id, r.claim));
  const counted = [...predicted].filter((p) => !either.has(p));
  const found = counted.filter((p) => truth.has(p));
  const show = (p: string) => p.split('|').map((id) => `${id} ${text.get(id)?.slice(0, 60)}`).join('  ~  ');

  const crossTopic = new Set<string>();
  for (const p of predicted) {
    const [x, y] = p.split('|').map(articleOf) as [string, string];
    if (topicOf.get(x) !== topicOf.get(y)) crossTopic.add(key(x, y));
  }
  const relatedTruth = new Set(labels.related.map(([a, b]) => key(a, b)));
  const shown = new Set<string>();
  for (const [slug, list] of linked.links.related) for (const r of list) shown.add(key(slug, r.slug));
  const relatedFalse: string[] = [];
  for (const p of shown) {
    const [x, y] = p.split('|') as [string, string];
    if (topicOf.get(x) !== topicOf.get(y)) crossTopic.add(p);
    if (!relatedTruth.has(p) && topicOf.get(x) !== topicOf.get(y)) relatedFalse.push(p);
  }
  const relatedCounted = [...shown].filter((p) => relatedTruth.has(p) || relatedFalse.includes(p));
  return {
    corroboration: {
      precision: ratio(found.length, counted.length),
      recall: ratio(found.length, truth.size),
      found: found.length,
      labelled: truth.size,
      predicted: counted.length,
      falsePairs: counted.filter((p) => !truth.has(p)).map(show),
      missed: [...truth].filter((p) => !predicted.has(p)).map(show),
    },
    related: {
      precision: ratio(relatedCounted.filter((p) => relatedTruth.has(p)).length, relatedCounted.length),
      recall: ratio([...relatedTruth].filter((p) => shown.has(p)).length, relatedTruth.size),
      shown: relatedCounted.length,
      falsePairs: relatedFalse,
    },
    crossTopic: [...crossTopic].sort(),
  };
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);
