/**
 * `npm run train:title -- <pages dir> [--half A|all] [--write]`: trains the
 * title model (src/lib/clean/title-line.ts) on labelled pages. For each page
 * whose HTML states a headline that is also a line of its text, the model
 * learns to rank that line first among the candidates the cleaner offers (a
 * conditional logit: softmax over one page's candidates, L2-regularised,
 * plain gradient descent). Prints the share of pages where the top-ranked
 * line is the headline, on the training half and on the other half;
 * `--write` saves the weights to src/lib/clean/title-model-weights.ts.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { titleInputOf } from '../src/lib/clean/classify-lines.ts';
import { sourceLines } from '../src/lib/clean/source-lines.ts';
import { TITLE_FEATURES } from '../src/lib/clean/title-features.ts';
import { candidateFeatures, titleScore, titleWindow } from '../src/lib/clean/title-line.ts';
import { loadPages, titleMatches, type Page } from './eval-pages.ts';

interface Example {
  page: Page;
  features: number[][];
  /** Which candidates are the headline (empty when none is). */
  positives: number[];
}

function examplesOf(pages: Page[]): Example[] {
  return pages
    .filter((p) => p.headlines.length > 0)
    .map((page) => {
      const input = titleWindow(titleInputOf(sourceLines(page.text), { rules: [], overrides: { keep: [], drop: [] }, outletLines: undefined, language: 'de' }));
      const positives = input.candidates.map((i, k) => (titleMatches(input.texts[i]!, page.headlines) ? k : -1)).filter((k) => k >= 0);
      return { page, features: candidateFeatures(input), positives };
    });
}

const top = (features: number[][], w: number[]) =>
  features.reduce((best, f, k) => (best < 0 || titleScore(f, w) > titleScore(features[best]!, w) ? k : best), -1);

/** Share of pages (with a stated headline) whose top candidate is the headline. */
function accuracy(examples: Example[], w: number[]): string {
  const right = examples.filter((e) => e.positives.includes(top(e.features, w))).length;
  const reachable = examples.filter((e) => e.positives.length > 0).length;
  return `${(right / examples.length).toFixed(3)} (${right}/${examples.length}; headline among the candidates on ${reachable})`;
}

function train(examples: Example[], iterations = 3000, rate = 0.5, l2 = 0.002): number[] {
  // No bias: scores are only compared within a page.
  const w = new Array<number>(TITLE_FEATURES.length).fill(0);
  const usable = examples.filter((e) => e.positives.length > 0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((x) => l2 * x);
    for (const e of usable) {
      const scores = e.features.map((f) => titleScore(f, w));
      const max = Math.max(...scores);
      const exp = scores.map((s) => Math.exp(s - max));
      const z = exp.reduce((a, b) => a + b, 0);
      const posZ = e.positives.reduce((a, k) => a + exp[k]!, 0);
      // d(-log P(positives))/dw = E_all[f] - E_positives[f]
      e.features.forEach((f, k) => {
        const coef = exp[k]! / z - (e.positives.includes(k) ? exp[k]! / posZ : 0);
        f.forEach((x, j) => (grad[j]! += (coef * x) / usable.length));
      });
    }
    grad.forEach((g, j) => (w[j]! -= rate * g));
  }
  return w;
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { half: { type: 'string', default: 'A' }, write: { type: 'boolean' } } });
const dir = positionals[0];
if (!dir) {
  console.error('usage: npm run train:title -- <pages dir> [--half A|B|all] [--write]');
  process.exit(2);
}
const examples = examplesOf(loadPages(dir));
const inTraining = (e: Example) => values.half === 'all' || e.page.half === values.half;
const weights = train(examples.filter(inTraining));
console.log(`trained on ${values.half}: ${accuracy(examples.filter(inTraining), weights)}`);
if (values.half !== 'all') console.log(`held out:     ${accuracy(examples.filter((e) => !inTraining(e)), weights)}`);
console.log(TITLE_FEATURES.map((f, j) => `${f} ${weights[j]!.toFixed(2)}`).join(', '));
if (values.write) {
  const rounded = weights.map((x) => Math.round(x * 1000) / 1000);
  writeFileSync(
    new URL('../src/lib/clean/title-model-weights.ts', import.meta.url),
    `/**\n * Weights of the title model, one per feature of title-features.ts, written by\n * \`npm run train:title -- <pages> --half ${values.half} --write\` (scripts/train-title-model.ts). Do not edit by hand.\n */\n` +
      `export const TITLE_MODEL = {\n  features: ${JSON.stringify(TITLE_FEATURES)},\n  weights: ${JSON.stringify(rounded)},\n};\n`,
  );
}
