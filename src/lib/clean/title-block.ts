/**
 * What stands right around a headline candidate: the headline block is a few
 * lines tall (kicker, headline, standfirst, byline, date) and looks unlike a
 * run of teasers or a menu. Features of the title model (title-features.ts).
 */
import type { TitleInput } from './title-features.ts';
import { isCompanion } from './title-shapes.ts';

/** The next non-blank line after `i`, or -1. */
export function nextNonBlank(texts: readonly string[], i: number): number {
  for (let j = i + 1; j < texts.length; j++) if (texts[j] !== '') return j;
  return -1;
}

/** The last non-blank line before `i`, or -1. */
export function previousNonBlank(texts: readonly string[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (texts[j] !== '') return j;
  return -1;
}

/** Whether a byline or a date stands among the next three lines (kept or not): it follows a headline. */
export function companionSoon(texts: readonly string[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < texts.length && seen < 3; j++) {
    if (texts[j] === '') continue;
    if (isCompanion(texts[j]!)) return true;
    seen += 1;
  }
  return false;
}

/** How far (in non-blank lines) a headline's echo or its glued kicker stands: the headline block is a few lines tall. */
export const NEIGHBOURHOOD = 3;

/** The indexes of the non-blank lines within NEIGHBOURHOOD of line `i`, either side. */
function neighbourLines(texts: readonly string[], i: number): number[] {
  const found: number[] = [];
  for (const step of [-1, 1]) {
    let seen = 0;
    for (let j = i + step; j >= 0 && j < texts.length && seen < NEIGHBOURHOOD; j += step) {
      if (texts[j] === '') continue;
      found.push(j);
      seen += 1;
    }
  }
  return found;
}

/** Whether the same text stands again right next to line `i` (a headline printed twice: heading and teaser, or image alt). */
export function echoedNearby(texts: readonly string[], i: number): boolean {
  return neighbourLines(texts, i).some((j) => texts[j] === texts[i]);
}

/**
 * Whether line `i` holds a shorter neighbour at its end ("Holocaust-Gedenktag Erinnerung an die Opfer…" under
 * "Erinnerung an die Opfer…", a breadcrumb ending in the headline): the kicker or the trail glued to it.
 */
export function embedsNeighbour(texts: readonly string[], i: number): boolean {
  const text = texts[i]!;
  return neighbourLines(texts, i).some((j) => texts[j]!.length >= 12 && texts[j]!.length < text.length && text.endsWith(texts[j]!));
}

/** A line the title model may weigh against its neighbour: kept, short, not running prose. */
export function isHeadingLine(input: TitleInput, i: number): boolean {
  return (input.proseWords[i] ?? 0) === 0 && input.signals[i]!.words <= 40 && input.candidates.includes(i);
}

/**
 * How many neighbours of line `i` are headline-shaped too (4 to 18 words, no closing full stop, no byline or
 * date): a headline stands among its companions, a teaser among other teasers.
 */
export function headlineNeighbours(input: TitleInput, i: number): number {
  return neighbourLines(input.texts, i).filter((j) => {
    const t = input.texts[j]!;
    const words = input.signals[j]!.words;
    return words >= 4 && words <= 18 && !/[.:;,]$/u.test(t) && !isCompanion(t) && input.candidates.includes(j);
  }).length;
}
