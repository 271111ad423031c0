/**
 * `npm run train:lines -- <pages dir> [--half A|B|all] [--min-recall R] [--write]`:
 * trains the line model (src/lib/clean/line-model.ts) on labelled pages.
 * A line the cleaner leaves to the model is an example when it contains a
 * labelled string: "keep" (article text) or "drop"/"drop_comments"
 * (furniture). Logistic regression, L2-regularised, plain gradient descent;
 * then the threshold that gives the best F1 over these lines while keeping
 * at least `min-recall` of the article lines is folded into the bias.
 * Prints line-level precision/recall on the training half and the other;
 * `--write` saves the weights to src/lib/clean/line-model-weights.ts.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lineModelInputOf } from '../src/lib/clean/classify-lines.ts';
import { LINE_FEATURES } from '../src/lib/clean/line-features.ts';
import { lineFeatureVectors, lineScore } from '../src/lib/clean/line-model.ts';
import { sourceLines } from '../src/lib/clean/source-lines.ts';
import { loadPages, norm, type Page } from './eval-pages.ts';

interface Example {
  half: Page['half'];
  features: number[];
  keep: boolean;
}

function examplesOf(pages: Page[]): Example[] {
  const examples: Example[] = [];
  for (const page of pages) {
    const { input, lines } = lineModelInputOf(sourceLines(page.text), { rules: [], overrides: { keep: [], drop: [] }, outletLines: undefined, language: 'de' });
    const vectors = lineFeatureVectors(input, lines);
    const keep = page.labels.keep.map(norm);
    const drop = [...page.labels.drop, ...(page.labels.drop_comments ?? [])].map(norm);
    lines.forEach((i, k) => {
      const text = norm(input.texts[i]!);
      const isKeep = keep.some((s) => s !== '' && text.includes(s));
      const isDrop = drop.some((s) => s !== '' && text.includes(s));
      if (isKeep !== isDrop) examples.push({ half: page.half, features: vectors[k]!, keep: isKeep });
    });
  }
  return examples;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

function train(examples: Example[], iterations = 2000, rate = 1, l2 = 0.001): number[] {
  const w = new Array<number>(LINE_FEATURES.length).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((x, j) => (j === 0 ? 0 : l2 * x));
    for (const e of examples) {
      const err = sigmoid(lineScore(e.features, w)) - (e.keep ? 1 : 0);
      e.features.forEach((x, j) => (grad[j]! += (err * x) / examples.length));
    }
    grad.forEach((g, j) => (w[j]! -= rate * g));
  }
  return w;
}

function counts(examples: Example[], w: number[], offset = 0) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const e of examples) {
    const kept = lineScore(e.features, w) + offset >= 0;
    if (kept && e.keep) tp += 1;
    else if (kept) fp += 1;
    else if (e.keep) fn += 1;
  }
  return { recall: tp / (tp + fn), precision: tp / (tp + fp), f1: (2 * tp) / (2 * tp + fp + fn) };
}

/** The bias shift with the best F1 among those keeping `minRecall` of the article lines. */
function bestOffset(examples: Example[], w: number[], minRecall: number): number {
  let best = 0;
  let bestF1 = -1;
  for (let offset = -4; offset <= 4; offset += 0.05) {
    const c = counts(examples, w, offset);
    if (c.recall >= minRecall && c.f1 > bestF1) {
      bestF1 = c.f1;
      best = offset;
    }
  }
  return best;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { half: { type: 'string', default: 'A' }, 'min-recall': { type: 'string', default: '0.97' }, write: { type: 'boolean' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run train:lines -- <pages dir> [--half A|B|all] [--min-recall R] [--write]');
  process.exit(2);
}
const examples = examplesOf(loadPages(dir));
const inTraining = (e: Example) => values.half === 'all' || e.half === values.half;
const training = examples.filter(inTraining);
const weights = train(training);
weights[0]! += bestOffset(training, weights, Number(values['min-recall']));
const show = (label: string, c: ReturnType<typeof counts>) =>
  console.log(`${label} lines: precision ${c.precision.toFixed(3)} recall ${c.recall.toFixed(3)} F1 ${c.f1.toFixed(3)}`);
show(`trained on ${values.half} (${training.length})`, counts(training, weights));
if (values.half !== 'all') show(`held out (${examples.length - training.length})`, counts(examples.filter((e) => !inTraining(e)), weights));
console.log(LINE_FEATURES.map((f, j) => `${f} ${weights[j]!.toFixed(2)}`).join(', '));
if (values.write) {
  const rounded = weights.map((x) => Math.round(x * 1000) / 1000);
  writeFileSync(
    new URL('../src/lib/clean/line-model-weights.ts', import.meta.url),
    `/**\n * Weights of the line model, one per feature of line-features.ts, written by\n * \`npm run train:lines -- <pages> --half ${values.half} --min-recall ${values['min-recall']} --write\` (scripts/train-line-model.ts). Do not edit by hand.\n */\n` +
      `export const LINE_MODEL = {\n  features: ${JSON.stringify(LINE_FEATURES)},\n  weights: ${JSON.stringify(rounded)},\n};\n`,
  );
}
