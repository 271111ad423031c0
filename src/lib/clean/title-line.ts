/**
 * The article's headline among the lines above its text, chosen by a small
 * linear model over the shapes in title-features.ts. Its weights are plain
 * data (title-model-weights.ts), trained on labelled pages by
 * scripts/train-title-model.ts; hand-set rules were measured against it and
 * lost on pages of hosts neither had seen.
 */
import { pageStats, titleFeatures, type TitleInput } from './title-features.ts';
import { cannotBeTitle } from './title-shapes.ts';
import { TITLE_MODEL } from './title-model-weights.ts';

export type { TitleInput } from './title-features.ts';

/** How many kept lines above the text are considered: a headline stands close to its text. */
export const TITLE_WINDOW = 60;

/**
 * The input narrowed to the lines a headline can be: the window above the
 * text, and headline-shaped lines inside it (the main text may begin with
 * teasers above the headline; a question or exclamation may open it).
 */
export function titleWindow(input: TitleInput): TitleInput {
  const { main, signals, texts, proseWords } = input;
  const possible = (i: number) => signals[i]!.words <= 40 && !cannotBeTitle(texts[i]!, signals[i]!);
  const above = input.candidates.filter((i) => i < main.start).slice(-TITLE_WINDOW);
  // Inside the text, only where most of it is still to come: later headlines are subheadings.
  let prose = 0;
  for (let i = main.start; i <= main.end; i++) prose += proseWords[i] ?? 0;
  let before = 0;
  const inside: number[] = [];
  const kept = new Set(input.candidates);
  for (let i = main.start; i <= main.end && before < prose / 3; i++) {
    // A question, or a line closed by a quotation mark alone, reads as prose but often heads the text;
    // a hard-wrapped line (the next one goes on in lowercase) never does.
    const shaped = /[?!]["“”»«’]?$|[^.!?…]["“”»«’]$/u.test(texts[i]!) && signals[i]!.words <= 20 && !/^\p{Ll}/u.test(texts[i + 1] ?? '');
    const headline = proseWords[i] === 0 || shaped;
    if (headline && kept.has(i)) inside.push(i);
    before += proseWords[i] ?? 0;
  }
  const candidates = [...above, ...inside].filter(possible);
  // A text that opens with an unpunctuated line and has nothing above it: that line heads it, however long.
  const opening = main.start <= main.end && !signals[main.start]!.endsLikeSentence && !/^\p{Ll}/u.test(texts[main.start + 1] ?? '');
  return { ...input, candidates: candidates.length === 0 && opening && possible(main.start) ? [main.start] : candidates };
}

/** Feature vectors of every candidate of a windowed input. */
export function candidateFeatures(input: TitleInput): number[][] {
  const page = pageStats(input);
  return input.candidates.map((_, k) => titleFeatures(input, k, page));
}

/** The model's score of one feature vector. */
export function titleScore(features: readonly number[], weights: readonly number[] = TITLE_MODEL.weights): number {
  return features.reduce((sum, x, j) => sum + x * (weights[j] ?? 0), 0);
}

/** The line index of the headline, or -1 when no line above the text can be one. */
export function pickTitle(input: TitleInput): number {
  const window = titleWindow(input);
  const scores = candidateFeatures(window).map((f) => titleScore(f));
  let best = -1;
  scores.forEach((score, k) => {
    if (best < 0 || score > scores[best]!) best = k;
  });
  return best < 0 ? -1 : window.candidates[best]!;
}
