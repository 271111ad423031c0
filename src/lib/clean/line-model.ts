/**
 * The line model: whether a line that no explicit rule judged belongs to the
 * article, from the shapes in line-features.ts. A linear score over plain
 * weights (line-model-weights.ts, trained by scripts/train-line-model.ts on
 * labelled pages); a line scoring below zero is furniture.
 */
import { lineFeatures, linePageStats, type LineModelInput } from './line-features.ts';
import { LINE_MODEL } from './line-model-weights.ts';

export type { LineModelInput } from './line-features.ts';

/** Feature vectors of `lines` (indices into the input). */
export function lineFeatureVectors(input: LineModelInput, lines: readonly number[]): number[][] {
  const page = linePageStats(input);
  return lines.map((i) => lineFeatures(input, i, page));
}

/** The model's score of one feature vector: above zero, article text. */
export function lineScore(features: readonly number[], weights: readonly number[] = LINE_MODEL.weights): number {
  return features.reduce((sum, x, j) => sum + x * (weights[j] ?? 0), 0);
}

/** The lines among `lines` that the model calls furniture. */
export function furnitureLines(input: LineModelInput, lines: readonly number[]): Set<number> {
  const vectors = lineFeatureVectors(input, lines);
  return new Set(lines.filter((_, k) => lineScore(vectors[k]!) < 0));
}
